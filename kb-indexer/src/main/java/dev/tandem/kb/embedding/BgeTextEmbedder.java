package dev.tandem.kb.embedding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.tandem.kb.analysis.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BAAI's bge-small v1.5 models (quantised ONNX, in-process, nothing downloaded at run
 * time): English 384 dimensions, Chinese 512. Each model is loaded once, on first use, so
 * a process that only ever sees English never loads the Chinese one. Each text runs on
 * one thread; a batch runs on {@code threads} threads at once ({@link OnnxBgeModel}).
 */
public class BgeTextEmbedder implements TextEmbedder {

	private static final Logger log = LoggerFactory.getLogger(BgeTextEmbedder.class);

	/** Texts per model call: enough to amortise the call, small enough for memory. */
	static final int BATCH_SIZE = 64;

	private static final Map<Language, Integer> DIMENSIONS = Map.of(Language.ENGLISH, 384, Language.CHINESE, 512);

	private final Map<Language, EmbeddingModel> models = new EnumMap<>(Language.class);

	private final AtomicLong embedded = new AtomicLong();

	private final int threads;

	/** Batches use every core. */
	public BgeTextEmbedder() {
		this(Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param threads texts of a batch embedded at once (a single text always runs on its
	 * caller's thread)
	 */
	public BgeTextEmbedder(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("embedding threads must be at least 1, not " + threads);
		}
		this.threads = threads;
	}

	@Override
	public List<float[]> embedAll(List<String> texts, Language language) {
		EmbeddingModel model = model(language);
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (int from = 0; from < texts.size(); from += BATCH_SIZE) {
			List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH_SIZE))
				.stream()
				.map((text) -> TextSegment.from(text.isBlank() ? "-" : text))
				.toList();
			for (Embedding embedding : model.embedAll(batch).content()) {
				vectors.add(normalised(embedding.vector()));
			}
			this.embedded.addAndGet(batch.size());
		}
		return vectors;
	}

	@Override
	public int dimensions(Language language) {
		return DIMENSIONS.get(language);
	}

	@Override
	public long textsEmbedded() {
		return this.embedded.get();
	}

	private synchronized EmbeddingModel model(Language language) {
		return this.models.computeIfAbsent(language, this::load);
	}

	private EmbeddingModel load(Language language) {
		long start = System.nanoTime();
		String name = switch (language) {
			case ENGLISH -> "bge-small-en-v1.5-q";
			case CHINESE -> "bge-small-zh-v1.5-q";
		};
		EmbeddingModel model = OnnxBgeModel.load(name + ".onnx", name + "-tokenizer.json", this.threads);
		log.debug("Loaded the {} embedding model in {} ms", language, (System.nanoTime() - start) / 1_000_000);
		return model;
	}

	private static float[] normalised(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		norm = Math.sqrt(norm);
		if (norm == 0) {
			return vector;
		}
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / norm);
		}
		return unit;
	}

}
