package dev.tandem.kb.embedding;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.tandem.benchmark.BenchmarkReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How ONNX Runtime's session settings change the English bge-small model's rate and CPU
 * cost per text, alone and next to a thread that keeps half a core busy in short bursts
 * (as an Elasticsearch node on the same machine does). No Elasticsearch needed. Writes
 * the {@code onnx-settings} section of docs/benchmarks.md; {@link OnnxBgeModel} is the
 * chosen setting. Run with {@code ./mvnw -B -Pbench -pl kb-indexer -am verify
 * -Dit.test=OnnxSettingsBench -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
class OnnxSettingsBench {

	private static final String MODEL = "bge-small-en-v1.5-q.onnx";

	private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

	private final StringBuilder rows = new StringBuilder();

	@Test
	void compare() throws Exception {
		String datasets = System.getenv("TANDEM_DATASETS");
		Path banking = Path.of((datasets != null && !datasets.isBlank()) ? datasets : "/work/shared/datasets",
				"banking77/train.csv");
		Assumptions.assumeTrue(Files.exists(banking), "datasets not found");
		List<String> texts = questions(banking).subList(0, 1600);
		String loadBefore = BenchmarkReport.loadAverage();
		measure("model jar's own class (ONNX defaults: threads = cores, spinning; a batch's texts on cores threads)",
				new BgeSmallEnV15QuantizedEmbeddingModel(), texts);
		measure("2 threads per text, spinning, batch texts one after another",
				OnnxBgeModel.load(MODEL, TOKENIZER, 1, 2, true), texts);
		measure("2 threads per text, no spinning, batch texts one after another",
				OnnxBgeModel.load(MODEL, TOKENIZER, 1, 2, false), texts);
		measure("**Tandem: 1 thread per text, no spinning, a batch's texts on 2 threads**",
				OnnxBgeModel.load(MODEL, TOKENIZER, 2), texts);
		BenchmarkReport.forProject()
			.writeSection("onnx-settings", "Embedding: ONNX Runtime settings (kb-indexer)",
					"""
							English bge-small-en-v1.5 (quantised), %d BANKING77 questions: batches of 64 (as an import embeds) and \
							one text per call (as a ticket or a search is embedded), alone and next to a thread that keeps about \
							half a core busy in 2 ms bursts (like an Elasticsearch node on the same machine). CPU = this process's \
							CPU time per text, without the contending thread's own.

							| setting | batch, texts/s alone | one by one, alone | batch, contended | one by one, contended | CPU ms per text: batch / one by one, alone | contended |
							|---|---|---|---|---|---|---|
							%s
							Machine load (1/5/15 min) before: %s, after: %s.
							"""
						.formatted(texts.size(), this.rows, loadBefore, BenchmarkReport.loadAverage()));
	}

	private void measure(String name, EmbeddingModel model, List<String> texts) throws InterruptedException {
		run(model, texts.subList(0, 200), false, false); // warm-up
		double[] batch = run(model, texts, false, false);
		double[] single = run(model, texts, true, false);
		double[] batchContended = run(model, texts, false, true);
		double[] singleContended = run(model, texts, true, true);
		String row = String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.1f / %.1f | %.1f / %.1f |%n",
				name, batch[0], single[0], batchContended[0], singleContended[0], batch[1], single[1],
				batchContended[1], singleContended[1]);
		System.out.print("OnnxSettingsBench: " + row);
		this.rows.append(row);
	}

	/** Texts per second and CPU milliseconds per text. */
	private static double[] run(EmbeddingModel model, List<String> texts, boolean oneByOne, boolean contended)
			throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong contenderNanos = new AtomicLong();
		Thread contender = contended ? Thread.ofPlatform().start(() -> burn(stop, contenderNanos)) : null;
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuStart = os.getProcessCpuTime();
		long start = System.nanoTime();
		if (oneByOne) {
			texts.forEach(model::embed);
		}
		else {
			for (int i = 0; i < texts.size(); i += 64) {
				model.embedAll(
						texts.subList(i, Math.min(texts.size(), i + 64)).stream().map(TextSegment::from).toList());
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		stop.set(true);
		if (contender != null) {
			contender.join();
		}
		// the contending thread's own CPU is not the model's
		double cpuMillis = (os.getProcessCpuTime() - cpuStart - contenderNanos.get()) / 1e6;
		return new double[] { texts.size() / seconds, cpuMillis / texts.size() };
	}

	/** About half a core: 2 ms busy, 2 ms asleep. */
	private static void burn(AtomicBoolean stop, AtomicLong cpuNanos) {
		long sink = 0;
		while (!stop.get()) {
			long until = System.nanoTime() + 2_000_000;
			while (System.nanoTime() < until) {
				sink += until % 7;
			}
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				break;
			}
		}
		cpuNanos.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
		if (sink == 42) {
			System.out.print("");
		}
	}

	private static List<String> questions(Path csv) throws IOException {
		List<String> texts = new ArrayList<>();
		for (String line : Files.readAllLines(csv).subList(1, 3000)) {
			int comma = line.lastIndexOf(',');
			String text = (comma > 0) ? line.substring(0, comma).replace("\"", "").strip() : "";
			if (!text.isEmpty()) {
				texts.add(text);
			}
		}
		return texts;
	}

}
