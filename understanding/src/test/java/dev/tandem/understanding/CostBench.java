package dev.tandem.understanding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.priority.PriorityClassifier;
import dev.tandem.understanding.priority.PriorityRequest;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import dev.tandem.understanding.sentiment.BgeChineseEmbeddings;
import dev.tandem.understanding.sentiment.SentimentAnalyzer;
import dev.tandem.understanding.sentiment.SentimentPrototypes;
import dev.tandem.understanding.sentiment.SentimentSettings;

/**
 * Cost per ticket of {@link TicketAnalyzer#analyze(TicketText)} (single thread, wall
 * clock), on a mix of English/European tickets and short Chinese reviews.
 */
class CostBench {

	private static final int WARM_UP = 500;

	/**
	 * Chinese reviews timed with the prototype vote (embedding them is the slow part).
	 */
	private static final int PROTOTYPE_SAMPLE = 1000;

	@Test
	void measuresMicrosecondsPerTicket() {
		List<TicketText> tickets = tickets();
		TicketAnalyzer analyzer = new TicketAnalyzer();
		LanguageDetector detector = new LanguageDetector();
		SentimentAnalyzer sentiment = new SentimentAnalyzer();
		PriorityClassifier priority = new PriorityClassifier();
		PersonalDataMasker masker = new PersonalDataMasker();
		StringBuilder md = new StringBuilder();
		long chinese = tickets.stream().filter((t) -> "zh".equals(t.requestType().orElse(""))).count();
		md.append("%d tickets (%d multilingual support tickets with subject and body, %d short Chinese reviews), "
			.formatted(tickets.size(), tickets.size() - chinese, chinese))
			.append("one thread, after ")
			.append(WARM_UP)
			.append(" warm-up calls; wall-clock per call on a shared 2-core machine (other builds were running).\n\n");
		md.append("| step | p50 µs | p90 µs | p99 µs | mean µs |\n|---|---|---|---|---|\n");
		md.append(row("`TicketAnalyzer.analyze` (everything)", tickets, analyzer::analyze));
		md.append(row("masking (summary + description)", tickets, (t) -> {
			masker.mask(t.summary());
			masker.mask(t.description());
		}));
		md.append(row("language detection", tickets, (t) -> detector.detect(t.description())));
		md.append(row("sentiment (incl. language)", tickets, (t) -> sentiment.analyze(t.description())));
		List<TicketText> chineseTickets = tickets.stream()
			.filter((t) -> "zh".equals(t.requestType().orElse("")))
			.limit(PROTOTYPE_SAMPLE)
			.toList();
		BgeChineseEmbeddings embeddings = new BgeChineseEmbeddings(Path.of("target/embedding-cache"));
		SentimentPrototypes prototypes = SentimentPrototypes.chinese(embeddings);
		SentimentAnalyzer withPrototypes = new SentimentAnalyzer(detector, SentimentSettings.DEFAULTS,
				Optional.of(prototypes));
		List<float[]> vectors = embeddings.cached(chineseTickets.stream().map(TicketText::description).toList());
		Map<String, float[]> vectorOf = new HashMap<>();
		for (int i = 0; i < chineseTickets.size(); i++) {
			vectorOf.put(chineseTickets.get(i).description(), vectors.get(i));
		}
		md.append(row("sentiment, Chinese reviews only, lexicon (%d)".formatted(chineseTickets.size()), chineseTickets,
				(t) -> sentiment.analyze(t.description())));
		md.append(row("sentiment, Chinese, lexicon + prototype vote on the caller's vector", chineseTickets,
				(t) -> withPrototypes.analyze(t.description(), detector.detect(t.description()),
						Optional.of(vectorOf.get(t.description())))));
		md.append(row(
				"sentiment, Chinese, lexicon + prototype vote embedding the text itself (bge-small-zh, one call per ticket)",
				chineseTickets.subList(0, Math.min(300, chineseTickets.size())),
				(t) -> withPrototypes.analyze(t.description())));
		md.append(row("priority, rules only (incl. language)", tickets,
				(t) -> priority.classify(PriorityRequest.of(t.description()))));
		String megabyte = "The nightly export fails with error 500 again, please fix it. ".repeat(16_700);
		long[] huge = new long[3];
		for (int i = 0; i < huge.length; i++) {
			long start = System.nanoTime();
			analyzer.analyze(TicketText.of("export", megabyte));
			huge[i] = System.nanoTime() - start;
		}
		Arrays.sort(huge);
		md.append(
				"\nWorst case: a %.1f MB description takes %d ms (median of 3): the whole text is masked, the first 32 KiB "
					.formatted(megabyte.length() / 1e6, huge[1] / 1_000_000) + "analysed.\n");
		md.append("\nLoad average (1, 5, 15 min) at the end: %s.\n".formatted(BenchmarkReport.loadAverage()));
		BenchmarkReport.forProject()
			.writeSection("understanding-cost", "Understanding: cost per ticket", md.toString());
	}

	private static String row(String name, List<TicketText> tickets, Consumer<TicketText> call) {
		for (int i = 0; i < Math.min(WARM_UP, 2 * tickets.size()); i++) {
			call.accept(tickets.get(i % tickets.size()));
		}
		long[] nanos = new long[tickets.size()];
		for (int i = 0; i < tickets.size(); i++) {
			long start = System.nanoTime();
			call.accept(tickets.get(i));
			nanos[i] = System.nanoTime() - start;
		}
		long total = Arrays.stream(nanos).sum();
		Arrays.sort(nanos);
		String row = "| %s | %d | %d | %d | %d |\n".formatted(name, percentile(nanos, 0.5), percentile(nanos, 0.9),
				percentile(nanos, 0.99), total / nanos.length / 1000);
		System.out.print(row);
		return row;
	}

	private static long percentile(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1000;
	}

	private static List<TicketText> tickets() {
		List<TicketText> tickets = new ArrayList<>();
		List<List<String>> rows = Datasets.csv(Datasets.file("tickets/dataset-tickets-multi-lang3-4k.csv"));
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() > 2) {
				tickets.add(TicketText.of(row.get(0), row.get(1)));
			}
		}
		List<List<String>> reviews = Datasets.csv(Datasets.file("zh/waimai_10k.csv"));
		for (List<String> row : Datasets.split(reviews.subList(1, reviews.size()), 0.2).tuning()) {
			if (row.size() > 1) {
				// the request type only labels the sample here; no rule uses it
				tickets.add(TicketText.of("", row.get(1)).withRequestType("zh"));
			}
		}
		return Datasets.split(tickets, 1.0).tuning();
	}

}
