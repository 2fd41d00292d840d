package dev.tandem.understanding.sentiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The connector's Chinese model (bge-small-zh v1.5, quantised) for benchmarks, in batches
 * of 64 like kb-indexer's embedder, with unit-length vectors; whole data-set parts are
 * cached under {@code target/} so that a re-run measures the scoring, not the model.
 */
public final class BgeChineseEmbeddings implements SentenceEmbedder {

	private static final int BATCH = 64;

	private final EmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

	private final Path cacheDir;

	private long embeddedTexts;

	private long embeddingNanos;

	public BgeChineseEmbeddings(Path cacheDir) {
		this.cacheDir = cacheDir;
	}

	@Override
	public List<float[]> embedAll(List<String> texts) {
		long start = System.nanoTime();
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (int from = 0; from < texts.size(); from += BATCH) {
			List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH))
				.stream()
				.map((text) -> TextSegment.from(text.isBlank() ? "-" : text))
				.toList();
			for (Embedding embedding : this.model.embedAll(batch).content()) {
				vectors.add(unit(embedding.vector()));
			}
		}
		this.embeddingNanos += System.nanoTime() - start;
		this.embeddedTexts += texts.size();
		return vectors;
	}

	/** Texts embedded by the model in this run (not read from the cache). */
	public long embeddedTexts() {
		return this.embeddedTexts;
	}

	/** Mean milliseconds per text embedded in batches so far (0 before any). */
	public double millisPerText() {
		return (this.embeddedTexts == 0) ? 0 : this.embeddingNanos / 1e6 / this.embeddedTexts;
	}

	/**
	 * The vectors of texts, from the cache when these exact texts were embedded before.
	 */
	public List<float[]> cached(List<String> texts) {
		Path file = this.cacheDir.resolve("bge-zh-" + digest(texts) + ".f32");
		try {
			if (Files.exists(file)) {
				return read(file, texts.size());
			}
			List<float[]> vectors = embedAll(texts);
			Files.createDirectories(this.cacheDir);
			write(file, vectors);
			return vectors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static float[] unit(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		norm = Math.sqrt(norm);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (norm == 0) ? 0 : (float) (vector[i] / norm);
		}
		return unit;
	}

	private static String digest(List<String> texts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String text : texts) {
				sha.update(text.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(Path file, List<float[]> vectors) throws IOException {
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
			for (float[] vector : vectors) {
				out.writeInt(vector.length);
				for (float value : vector) {
					out.writeFloat(value);
				}
			}
		}
	}

	private static List<float[]> read(Path file, int count) throws IOException {
		List<float[]> vectors = new ArrayList<>(count);
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			for (int k = 0; k < count; k++) {
				float[] vector = new float[in.readInt()];
				for (int i = 0; i < vector.length; i++) {
					vector[i] = in.readFloat();
				}
				vectors.add(vector);
			}
		}
		return vectors;
	}

}
