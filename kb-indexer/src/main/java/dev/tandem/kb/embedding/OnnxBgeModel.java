package dev.tandem.kb.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A bge-small model from its langchain4j jar, run by an ONNX Runtime session set up for a
 * small machine shared with Elasticsearch: one thread per inference and no spin-waiting.
 * <p>
 * Why: the jar's own model class runs each text on a session with ONNX's defaults (as
 * many intra-op threads as cores, threads that spin while they wait for work) and, for a
 * batch, several texts at once. On 2 cores that oversubscribes the machine, and the
 * spinning threads burn the CPU that Elasticsearch and the connector need. Measured on
 * this machine (docs/retrieval.md, "ONNX Runtime settings"): in batches the defaults cost
 * 6.4-8.7 ms of CPU per text and embed 187-209 texts/s next to a busy thread; one thread
 * per text without spinning costs 4.2-4.8 ms and embeds 295-364 texts/s there, a batch's
 * texts running in parallel on {@code threads} threads. Vectors are the same model's
 * (same graph, same pooling).
 */
final class OnnxBgeModel extends AbstractInProcessEmbeddingModel {

	private final OnnxBertBiEncoder encoder;

	private OnnxBgeModel(ExecutorService batches, OnnxBertBiEncoder encoder) {
		super(batches);
		this.encoder = encoder;
	}

	/**
	 * @param modelResource the ONNX file's name in the model jar
	 * @param tokenizerResource the tokenizer's name in the model jar
	 * @param threads texts of one batch embedded at once
	 */
	static OnnxBgeModel load(String modelResource, String tokenizerResource, int threads) {
		return load(modelResource, tokenizerResource, threads, 1, false);
	}

	/**
	 * With other session settings, for {@code OnnxSettingsBench}'s comparison.
	 * @param threadsPerText ONNX Runtime's intra-op threads
	 * @param spinning whether waiting intra-op threads spin
	 */
	static OnnxBgeModel load(String modelResource, String tokenizerResource, int threads, int threadsPerText,
			boolean spinning) {
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setIntraOpNumThreads(threadsPerText);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", spinning ? "1" : "0");
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			OrtSession session = environment.createSession(resource(modelResource), options);
			try (InputStream tokenizer = open(tokenizerResource)) {
				return new OnnxBgeModel(batchThreads(threads),
						new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS));
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Could not load the embedding model " + modelResource, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the embedding model " + modelResource, ex);
		}
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return this.encoder;
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = open(name)) {
			return in.readAllBytes();
		}
	}

	private static InputStream open(String name) throws IOException {
		InputStream in = OnnxBgeModel.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException(name + " is not on the class path (is the model jar missing?)");
		}
		return in;
	}

	/** Idle threads end after a minute: a process that embeds once keeps no pool. */
	private static ExecutorService batchThreads(int threads) {
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
				new LinkedBlockingQueue<>(), (runnable) -> {
					Thread thread = new Thread(runnable, "tandem-embedding-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

}
