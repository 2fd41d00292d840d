package dev.tandem.kb.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.kb.analysis.Language;

/**
 * Remembers the vectors of the texts embedded last, so one ticket text is embedded once
 * however many features ask for it: retrieval embeds a Chinese ticket, and the sentiment
 * prototype vote wants the same model's vector of the same text (about 19 ms of both
 * cores each time). Only short texts are kept (tickets, questions), so memory stays
 * bounded at {@code capacity} vectors; long passages of an import go straight through.
 */
public final class RecentEmbeddings implements TextEmbedder {

	/** Longer texts are not remembered (they are article passages, not tickets). */
	static final int MAX_REMEMBERED_CHARS = 4096;

	private final TextEmbedder embedder;

	private final Map<Key, float[]> recent;

	/**
	 * @param embedder does the embedding on a miss
	 * @param capacity how many vectors are remembered (least recently used go first)
	 */
	public RecentEmbeddings(TextEmbedder embedder, int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
		}
		this.embedder = embedder;
		this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
				return size() > capacity;
			}

		};
	}

	@Override
	public List<float[]> embedAll(List<String> texts, Language language) {
		float[][] vectors = new float[texts.size()][];
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			Optional<float[]> known = remembered(texts.get(i), language);
			if (known.isPresent()) {
				vectors[i] = known.get();
			}
			else {
				missing.add(i);
			}
		}
		if (!missing.isEmpty()) {
			List<float[]> embedded = this.embedder.embedAll(missing.stream().map(texts::get).toList(), language);
			for (int j = 0; j < missing.size(); j++) {
				int i = missing.get(j);
				vectors[i] = embedded.get(j);
				remember(texts.get(i), language, embedded.get(j));
			}
		}
		List<float[]> result = new ArrayList<>(vectors.length);
		for (float[] vector : vectors) {
			// callers own what they get: a copy, so nobody changes a remembered vector
			result.add(vector.clone());
		}
		return result;
	}

	@Override
	public int dimensions(Language language) {
		return this.embedder.dimensions(language);
	}

	/** Texts actually embedded by the model (answers from memory are not counted). */
	@Override
	public long textsEmbedded() {
		return this.embedder.textsEmbedded();
	}

	private Optional<float[]> remembered(String text, Language language) {
		if (text.length() > MAX_REMEMBERED_CHARS) {
			return Optional.empty();
		}
		synchronized (this.recent) {
			return Optional.ofNullable(this.recent.get(new Key(language, text)));
		}
	}

	private void remember(String text, Language language, float[] vector) {
		if (text.length() <= MAX_REMEMBERED_CHARS) {
			synchronized (this.recent) {
				this.recent.put(new Key(language, text), vector.clone());
			}
		}
	}

	private record Key(Language language, String text) {
	}

}
