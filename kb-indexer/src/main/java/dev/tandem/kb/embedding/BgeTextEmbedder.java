package dev.tandem.kb.embedding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.tandem.kb.analysis.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BAAI's bge-small v1.5 models (quantised ONNX, in-process, nothing downloaded at run
 * time): English 384 dimensions, Chinese 512. Each model is loaded once, on first use, so
 * a process that only ever sees English never loads the Chinese one.
 */
public class BgeTextEmbedder implements TextEmbedder {

	private static final Logger log = LoggerFactory.getLogger(BgeTextEmbedder.class);

	/** Texts per model call: enough to amortise the call, small enough for memory. */
	static final int BATCH_SIZE = 64;

	private static final Map<Language, Integer> DIMENSIONS = Map.of(Language.ENGLISH, 384, Language.CHINESE, 512);

	private final Map<Language, EmbeddingModel> models = new EnumMap<>(Language.class);

	private final AtomicLong embedded = new AtomicLong();

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
		return this.models.computeIfAbsent(language, (wanted) -> load(wanted, switch (wanted) {
			case ENGLISH -> BgeSmallEnV15QuantizedEmbeddingModel::new;
			case CHINESE -> BgeSmallZhV15QuantizedEmbeddingModel::new;
		}));
	}

	private static EmbeddingModel load(Language language, Supplier<EmbeddingModel> factory) {
		long start = System.nanoTime();
		EmbeddingModel model = factory.get();
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
