package dev.tandem.connector.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.tandem.benchmark.BenchmarkReport;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.processing.ProcessingProperties;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.ingest.ArticleImporter;
import dev.tandem.kb.ingest.ImportListener;
import dev.tandem.kb.ingest.ImportOptions;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The connector with the real knowledge base (the demo's 40 articles, bge embeddings,
 * hybrid retrieval, calibrated threshold) on the shared test Elasticsearch, tickets as
 * signed webhooks from the demo articles' example questions:
 * <ol>
 * <li>the raw embedding rate of this machine, now, on texts shaped like the tickets'
 * (batched, as the knowledge base's import does, and one text at a time);</li>
 * <li>follow-ups while new tickets arrive ({@link FollowUpsUnderLoad}): customers of
 * earlier automatic answers reply "no, a person please" (webhook to assignment), once at
 * a sustainable rate of new tickets and once above the knee; its own section;</li>
 * <li>a ramp of offered rates, each held for a while, until the backlog grows or p99
 * explodes: the highest sustained rate (the knee), with Elasticsearch round trips per
 * ticket.</li>
 * </ol>
 * Run with {@code ./mvnw -B -Pbench -pl connector -am verify
 * -Dit.test=ConnectorThroughputBench -Dfailsafe.failIfNoSpecifiedTests=false} (the other
 * modules have no such bench); {@code -Dtandem.bench.quick=true} for the short variant
 * (shorter phases and warm-up; the full ramp alone takes about 11 minutes here);
 * {@code -Dtandem.bench.phases=mixed} or {@code ramp} for one phase only. Figures are
 * printed as soon as measured.
 */
class ConnectorThroughputBench {

	private static final boolean QUICK = Boolean.getBoolean("tandem.bench.quick");

	private static final int STEP_SECONDS = QUICK ? 10 : 20;

	private static final int LATENCY_SECONDS = QUICK ? 15 : 30;

	/**
	 * Load before the ramp, not measured: the JIT compiler kept a quarter of a core busy
	 * through a ramp that started right after the short warm-up (2026-11-22: 4,680
	 * methods compiled by C2, 17-25 s of C2 time per minute still in the fifth minute),
	 * which a connector that has run for hours no longer pays.
	 */
	private static final int STEADY_WARM_UP_SECONDS = Integer.getInteger("tandem.bench.steady-warm-up-seconds",
			QUICK ? 30 : 120);

	private static final double STEADY_WARM_UP_RATE = 40;

	private static final double[] RAMP = { 3, 6, 10, 15, 20, 30, 40, 50, 60, 70, 80, 100, 130 };

	/**
	 * The tickets' language ({@code -Dtandem.bench.language=zh}: the demo's Chinese
	 * articles' questions, the Chinese model, its own report section). The share of a
	 * ticket's work that is embedding differs by language: the Chinese model is larger,
	 * but the demo's Chinese questions are short (2026-11-22, ticket-shaped texts:
	 * 290-330 texts/s batched in Chinese, 196-261 in English).
	 */
	private static final Language LANGUAGE = Language.ofTag(System.getProperty("tandem.bench.language", "en"))
		.orElseThrow(() -> new IllegalArgumentException("tandem.bench.language: en or zh"));

	/** Which phases run: {@code mixed} (follow-ups under load), {@code ramp}, or both. */
	private static final String PHASES = System.getProperty("tandem.bench.phases", "mixed,ramp");

	/**
	 * The mixed phase: new tickets/s on a realistic day, and at or above the knee (60/s
	 * on 2 cores since 2026-11-22; with the replies on top, new tickets back up).
	 */
	private static final double SUSTAINABLE_RATE = Double
		.parseDouble(System.getProperty("tandem.bench.sustainable-rate", "15"));

	private static final double OVERLOAD_RATE = Double
		.parseDouble(System.getProperty("tandem.bench.overload-rate", "60"));

	private static final double FOLLOW_UPS_PER_SECOND = 3;

	/**
	 * {@code -Dtandem.bench.group-commit=false}: one request per write, for comparison on
	 * the same machine and load.
	 */
	private static final boolean GROUP_COMMIT = Boolean
		.parseBoolean(System.getProperty("tandem.bench.group-commit", "true"));

	/**
	 * The same bench's quick variant earlier on 2026-11-21, before the changes named, for
	 * comparison (figures as printed then; the machine was as loaded).
	 */
	private static final String EARLIER = """
			Earlier runs, for comparison (same machine; the first three on 2026-11-21 at similar load, quick variant):

			| run | 20/s: new ticket p50 / p99 | 20/s: "no" -> assigned p50 / p99 | highest sustained | Elasticsearch per ticket at the knee | raw embedding batched / one by one |
			|---|---|---|---|---|---|
			| 19:30, priority lane (own pool) only; load 15-19 | 24.3 s / 35.2 s | 14.2 s / 28.1 s | < 10/s (6.8/s achieved at 10/s) | writes 16.0, gets 13.3, searches 2.7 | 23 / 17 texts/s |
			| 19:42, + ordinary work yields to follow-ups, one write less per case, one article read per ticket; load 22-27 | 30.3 s / 40.9 s | 10.0 s / 20.2 s | 10/s (11.4/s achieved at 15/s) | writes 10.8, gets 3.2, searches 2.5 | 44 / 14 texts/s |
			| 20:22, + tickets triaged together share one embedding call and multi-search, sweep reads ids only; load ~20 | 27.9 s / 38.3 s | 9.6 s / 19.6 s | 10/s (10.1/s achieved at 15/s) | writes 10.9, gets 3.3, searches 2.5 | 80 / 38 texts/s |
			| 23:40, + group commit, priority lane hands over after the assignment; quiet, load 1-4 (ramp p50 / p99; follow-ups with 15 new/s) | 86 ms / 161 ms | 74 ms / 138 ms | 30/s (25.3/s achieved) | writes 12.2, gets 3.7, searches 2.2 | 195 / 160 texts/s |
			| 2026-11-22 01:21, + ONNX Runtime without spinning, 12 processing threads; quiet, load 1-4 (ramp p50 / p99; follow-ups with 15 new/s) | 30 ms / 57 ms | 20 ms / 114 ms | 40/s (39.8/s achieved; 60/s offered: 49.2/s done) | writes 10.9, gets 3.1, searches 2.1 | 441 / 232 texts/s |
			| 2026-11-22 05:40, + 8 writes and 0.2 gets per ticket instead of 11 and 3 (the ramp then went from 40 straight to 60/s) | 29 ms / 56 ms | 15 ms / 95 ms | 40/s (60/s offered: 55.4/s done, backlog 123, just over 2 s) | writes 8.0, gets 0.2, searches 2.1 | 412 / 228 texts/s |
			| 2026-11-22 05:57, same code, ramp with steps at 50 and 70/s; quiet, load 1-4 | 30 ms / 87 ms | - | 60/s (59.8/s achieved; 70/s offered: 60.0/s done) | writes 8.0, gets 0.1, searches 2.1 | 444 / 252 texts/s (14 % / 24 %) |
			| 2026-11-22 07:10, same code; load rising from 2.3 to 6.5 | - | - | 50/s (60/s offered: 53.4/s done) | writes 8.0, gets 0.2, searches 2.1 | 338 / 198 texts/s (15 % / 25 %) |
			| 2026-11-22 08:18, + searches read no stored field (hits' ids from doc values, unit fields kept per version: `KnownUnits`); load 1.8-5.3 | 27 ms / 84 ms | - | 70/s (65.7/s achieved; 80/s offered: 55.1/s done) | writes 8.0, gets 0.1, searches 2.1 | 280 / 145 texts/s (25 % / 48 %) |
			| 2026-11-22 08:31, same code; load 1.2-4.3 | 33 ms / 83 ms | - | 40/s (50/s offered: 43.2/s done) | writes 8.0, gets 0.2, searches 2.2 | 244 / 146 texts/s (16 % / 27 %) |
			| 2026-11-22 08:42, same code; load 1.7-6.5 | 78 ms / 228 ms | - | 50/s (49.0/s achieved; 60/s offered: 47.5/s done) | writes 8.0, gets 0.1, searches 2.1 | 229 / 155 texts/s (22 % / 32 %) |
			| 2026-11-22 09:16, + an outbox's outcomes ride on the next write (6.5 writes per ticket); load 2.0-5.9 | 32 ms / 90 ms | - | 50/s (49.6/s achieved; 60/s offered: 54.8/s done) | writes 6.5, gets 0.1, searches 2.1 | 270 / 158 texts/s (19 % / 32 %) |
			| 2026-11-22 10:38, same code; load 1.2-5.9 | 34 ms / 177 ms | - | 70/s (69.3/s achieved; 80/s offered: 72.0/s done) | writes 6.5, gets 0.1, searches 2.1 | 376 / 197 texts/s (18 % / 35 %) |
			| 2026-11-22 10:44, same code, JFR recording; load 3.1-5.5 | 36 ms / 123 ms | - | 60/s (59.6/s achieved; 70/s offered: 59.9/s done) | writes 6.5, gets 0.1, searches 2.1 | 321 / 182 texts/s (19 % / 33 %) |
			| 2026-11-22 10:55, + 120 s at 40/s before the ramp (steady state: the JIT compiler had used 20-28 % of a core through every earlier ramp), Jira request bodies on virtual threads; load 2.4-5.6 | 22 ms / 44 ms | - | 80/s (79.8/s achieved; 100/s offered: 74.6/s done) | writes 6.5, gets 0.1, searches 2.1 | 366 / 190 texts/s (22 % / 42 %) |
			| 2026-11-22 11:04, same code, the raw rate on texts shaped like the tickets' (below); load 3.8-4.9 | 25 ms / 75 ms | - | 100/s (92.5/s done; 130/s offered: 74.2/s done) | writes 6.5, gets 0.1, searches 2.1 | 196 / 113 texts/s (47 % / 82 %) |
			| 2026-11-22 11:13, same code, **Chinese tickets** (section "Connector: throughput and latency, Chinese tickets"); load 2.6-7.8 | 23 ms / 43 ms | - | 100/s (97.4/s done; 130/s offered: 90.8/s done) | writes 6.5, gets 0.1, searches 2.1 | 330 / 194 texts/s (30 % / 50 %) |
			| 2026-11-22 11:21, same code (English); load 2.3-3.4 | 25 ms / 62 ms | - | 60/s (57.1/s done; 70/s offered: 45.9/s done) | writes 6.5, gets 0.1, searches 2.1 | 259 / 121 texts/s (22 % / 47 %) |
			| 2026-11-22 12:01, same code, Chinese tickets, raw rate before and after the ramp; load 2.9-5.8 | 25 ms / 52 ms | - | 80/s (79.9/s done; 100/s offered: 88.2/s done) | writes 6.5, gets 0.1, searches 2.1 | 306 / 187 texts/s (26 % / 43 %) |

			The raw rates in the rows up to 10:55 were measured on the questions alone; a ticket's text (summary and \
			description) is about twice as long, so since 11:00 the raw rate is measured on texts shaped like the \
			tickets' (11:04: 196 / 113 texts/s; on the questions alone the same machine gave 366 / 190 at 10:55).

			Since 11:30 the raw rate is measured before and after the ramp and the share is against the mean (the \
			run at the top of this section).

			Where the time goes at steady state (2026-11-22 11:03, the 100/s step of the 11:04 run, 92.5 tickets/s \
			done; per-thread CPU from /proc over 10 s): the machine was 177 % busy (of 200 %). Elasticsearch 39 % of \
			one core, 4.2 ms of CPU per ticket; the connector's JVM 138 %: the embedding model 72 % (7.8 ms per \
			ticket), case workers 20 %, webhook intake 13 %, the Jira stand-in (WireMock, in the bench's JVM) 6 %, \
			the Elasticsearch client's I/O threads 5 %, the Jira HTTP client 8 %, the JIT compiler 3 % (20-28 % \
			through the ramps that started without the steady-state warm-up). A ticket thus costs about 19 ms of \
			CPU, 41 % of it the model: on two cores shared by the model, Elasticsearch and the rest of the connector, \
			the tickets done per second cannot exceed about 40-50 % of what the model alone reaches on both cores \
			(the batched raw rate), unless the other 59 % shrinks: Elasticsearch on a machine of its own would take \
			its 22 % of the ticket's CPU away (about a quarter more tickets on the same cores). The same code reached 60/s (57.1/s done) at 11:21: at its 70/s step this bench's \
			processes used 1.37 of the 2 cores and still fell behind, so the rest went to other \
			work on this shared host; between 60 and 100/s is what two cores give this connector today.

			Where the time goes (2026-11-22 05:57, quiet; per-thread CPU from /proc over 12 s of the 50/s step, and \
			Elasticsearch's hot threads at 70/s): with 8 writes, 0.1 gets and 2 searches per ticket (was 11, 3 and 2), \
			Elasticsearch used 63 % of one core at 50 tickets/s, about 12.6 ms of CPU per ticket; its write threads mostly \
			wait for the translog's fsync (one per bulk), its search threads spent most of their time fetching hits: \
			reading a hit's `_id` decompresses the stored block it lies in, source and vector included, for each \
			question's 100 candidate units. Since 08:10 the searches read no stored field (unit id and version from doc \
			values, the fields fusion needs kept per unit version in the connector): a question's two searches cost \
			Elasticsearch 2.7 ms of CPU instead of 11.2 ms (`SearchFetchBench`, section "Retrieval: what a search \
			fetches of each hit"). At 49 tickets/s done (08:42) Elasticsearch used 42 % of one core, \
			8.6 ms of CPU per ticket (12.6 ms at 05:57, on a machine then twice as fast for the model); the connector's \
			JVM 135 %: the embedding model 41 % (20 % at 05:57), case workers 28 %, the JIT compiler 22 %, webhook \
			intake 13 %, WireMock 8 %, HTTP clients 15 %. Since 09:10 an outbox's outcomes wait for the next write while \
			the next call needs no record (docs/connector.md, "The outbox"): 6.5 writes per ticket instead of 8.0; in the \
			run above 60/s offered saw 54.8/s done (47.5/s at 08:42). At 50/s Elasticsearch then used 37 % of one core \
			(7.4 ms of CPU per ticket), the connector's JVM 141 %: the model 44 %, the JIT compiler 29 %, case workers \
			23 %, webhook intake 14 %, WireMock 8 %, HTTP clients 15 %. At 05:57 the connector's JVM used 109 % of one core: case workers 37 %, the embedding model 20 %, the JIT compiler 17 % \
			(warming up), webhook intake 10 %, the Jira stand-in (WireMock, in the same JVM for the bench; a real Jira \
			costs this machine nothing) 6 %, the Elasticsearch and Jira HTTP clients 10 %. A JFR profile (08:24) of the \
			case workers: sending bulk writes and reading their answers 22 %, the knowledge-base search 14 %, writing \
			case and audit documents as JSON 14 %, calls to Jira 10 %; language, sentiment, masking and priority 10 % \
			together. Runs of the same code differ by up to 75 % here (70/s at 08:18, 40/s at 08:31): the raw \
			embedding rate measured at each run's start (444 texts/s at 05:57, 244 at 08:31) shows how much CPU this \
			shared machine gave the run.

			Where the time went at 01:21 (per-thread CPU from /proc during the ramp, 2026-11-22): before ONNX Runtime's settings \
			changed, its spinning worker threads used 57 % of the machine at 30 tickets/s. Since (one thread per text, \
			no spinning; docs/retrieval.md "ONNX Runtime settings"), Elasticsearch takes the largest share: 60-70 % of \
			the machine at 35-40 tickets/s, about 15-20 ms of CPU per ticket for 11 writes, 3 gets and 2 searches; the \
			connector's processing threads 25-37 %, the model's batch threads 11-33 %, webhook intake 8-12 %. With 4 \
			processing threads the machine stayed about 80 % busy at the knee (each case mostly waits for \
			Elasticsearch's writes); 12 threads (the default since) batch more writes per bulk and reach the higher rate. \
			The embedding is not what limits this machine: at 40 tickets/s the model needs about a fifth of a core.""";

	private final Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);

	private final JiraSamples samples = JiraSamples.cloud();

	private final List<String> questions = questions();

	private int next;

	@Test
	void measuresLatencyFollowUpsAndTheHighestSustainedRate() throws Exception {
		if (LANGUAGE != Language.ENGLISH && PHASES.contains("mixed")) {
			throw new IllegalArgumentException("tandem.bench.language=" + LANGUAGE.tag()
					+ " runs the ramp only (its customers' replies are English): add -Dtandem.bench.phases=ramp");
		}
		JiraStandIn jira = JiraStandIn.cloud().start();
		stub(jira);
		String loadBefore = LoadDriver.load();
		StringBuilder md = new StringBuilder();
		Map<String, String> settings = RunningConnector.settings(jira.properties(), "throughput");
		settings.put("tandem.connector.store.group-commit.enabled", String.valueOf(GROUP_COMMIT));
		try (RunningConnector connector = RunningConnector.startWithKnowledgeBase(settings)) {
			seedKnowledgeBase(connector);
			LoadDriver driver = new LoadDriver(connector, jira);
			double[] raw = embeddingRates(connector.bean(TextEmbedder.class), 800_000);
			print("raw embedding rate: %.0f texts/s batched, %.0f texts/s one at a time (load %s)", raw[0], raw[1],
					LoadDriver.load());

			// warm-up, and the automatic answers the follow-ups reply to
			List<ObjectNode> warmUp = tickets(QUICK ? 150 : 300);
			driver.send(created(warmUp), 15);
			driver.awaitFirstActions(keys(warmUp), Duration.ofMinutes(3));
			List<ObjectNode> answered = autoAnswered(connector, warmUp);
			print("warm-up: %d tickets, %d answered automatically", warmUp.size(), answered.size());

			if (PHASES.contains("mixed")) {
				String mixed = new FollowUpsUnderLoad(connector, driver, this::uniqueTickets, this::created,
						this::saysNo, LATENCY_SECONDS, answered)
					.run(SUSTAINABLE_RATE, OVERLOAD_RATE, FOLLOW_UPS_PER_SECOND);
				BenchmarkReport.forProject()
					.writeSection("connector-followups", "Connector: follow-ups while new tickets keep it busy",
							mixed + String.format(Locale.ROOT, "Shared 2-core machine%s.%n",
									QUICK ? " (quick variant: shorter phases)" : ""));
			}
			if (!PHASES.contains("ramp")) {
				return;
			}
			boolean english = LANGUAGE == Language.ENGLISH;
			md.append(rampSection(connector, driver, raw));
			if (english) {
				md.append("\n").append(EARLIER);
			}
			md.append(String.format(Locale.ROOT,
					"%nMachine load (1/5/15 min) before: %s, after: %s. Shared 2-core machine: several engineers build "
							+ "and test at the same time, so throughput and latency vary between runs%s.%n",
					loadBefore, LoadDriver.load(), QUICK ? " (quick variant: shorter phases)" : ""));
			BenchmarkReport.forProject()
				.writeSection(english ? "connector-throughput" : "connector-throughput-" + LANGUAGE.tag(), english
						? "Connector: throughput and latency" : "Connector: throughput and latency, Chinese tickets",
						md.toString());
		}
		finally {
			jira.stop();
		}
	}

	private LoadDriver.Delivery saysNo(ObjectNode issue) {
		return new LoadDriver.Delivery(key(issue), "reply-" + key(issue), this.deliveries.customerComment(issue,
				"9" + issue.get("id").asString(), "No, that did not help. I want to talk to a person."));
	}

	private String rampSection(RunningConnector connector, LoadDriver driver, double[] rawBefore) throws Exception {
		DocumentIndexes stores = connector.bean(DocumentIndexes.class);
		int processingThreads = connector.bean(ProcessingProperties.class).threads();
		if (STEADY_WARM_UP_SECONDS > 0) {
			List<ObjectNode> warmUp = uniqueTickets((int) (STEADY_WARM_UP_RATE * STEADY_WARM_UP_SECONDS));
			driver.send(created(warmUp), STEADY_WARM_UP_RATE);
			driver.awaitFirstActions(keys(warmUp), Duration.ofMinutes(3));
			print("steady-state warm-up: %d tickets at %.0f/s", warmUp.size(), STEADY_WARM_UP_RATE);
		}
		awaitQuiet();
		StringBuilder rows = new StringBuilder();
		double knee = 0;
		double kneeDone = 0;
		String kneeProfile = "";
		for (double rate : RAMP) {
			int count = (int) (rate * STEP_SECONDS);
			List<ObjectNode> step = uniqueTickets(count);
			Map<String, Long> before = LoadDriver.elasticsearchCounters();
			DocumentIndexes.GroupCommitCounts commitsBefore = stores.groupCommitCounts();
			long start = System.currentTimeMillis();
			Map<String, Long> sent = driver.send(created(step), rate);
			long end = System.currentTimeMillis();
			long doneByEnd = keys(step).stream()
				.filter((key) -> driver.firstActions().getOrDefault(key, Long.MAX_VALUE) <= end)
				.count();
			driver.awaitFirstActions(keys(step), Duration.ofSeconds(STEP_SECONDS * 3L));
			Map<String, Long> after = LoadDriver.elasticsearchCounters();
			List<Long> latencies = LoadDriver.latencies(sent, driver.firstActions());
			long lastDone = latencies.isEmpty() ? end
					: sent.entrySet()
						.stream()
						.mapToLong((e) -> driver.firstActions().getOrDefault(e.getKey(), end))
						.max()
						.orElse(end);
			double achieved = latencies.size() / ((Math.max(end, lastDone) - start) / 1000.0);
			long backlog = count - doneByEnd;
			long p99 = LoadDriver.percentile(latencies, 0.99);
			boolean sustained = latencies.size() == count && backlog <= Math.max(5, rate * 2) && p99 <= 3000;
			String profile = perTicket(before, after, count) + ", "
					+ writeBatches(before, after, count, commitsBefore, stores.groupCommitCounts());
			print("ramp %.0f/s: achieved %.1f/s, backlog at end %d, p50 %d ms, p99 %d ms, %s -> %s (load %s)", rate,
					achieved, backlog, LoadDriver.percentile(latencies, 0.5), p99, profile,
					sustained ? "sustained" : "NOT sustained", LoadDriver.load());
			rows.append(String.format(Locale.ROOT, "| %.0f | %d | %.1f | %d | %d ms | %d ms | %s | %s |%n", rate,
					latencies.size(), achieved, backlog, LoadDriver.percentile(latencies, 0.5), p99, profile,
					sustained ? "yes" : "**no**"));
			if (!sustained) {
				break;
			}
			knee = rate;
			kneeDone = Math.min(rate, achieved);
			kneeProfile = profile;
			awaitQuiet();
		}
		// the raw rate again once the backlog is worked off: this shared machine's
		// other load moves it by half between runs; the share is against the mean
		awaitQuiet();
		double[] rawAfter = embeddingRates(connector.bean(TextEmbedder.class), 850_000);
		print("raw embedding rate after the ramp: %.0f texts/s batched, %.0f texts/s one at a time (load %s)",
				rawAfter[0], rawAfter[1], LoadDriver.load());
		double[] raw = { (rawBefore[0] + rawAfter[0]) / 2, (rawBefore[1] + rawAfter[1]) / 2 };
		print("knee: %.0f tickets/s offered, %.1f/s done = %.0f %% of the batched raw embedding rate", knee, kneeDone,
				100 * kneeDone / raw[0]);
		return String.format(Locale.ROOT,
				"""
						### Highest sustained rate (ramp)

						Tickets: the demo's %s articles' example questions, each made unique by a reference line. \
						Before the ramp, %d s at %.0f tickets/s, not measured, so the JIT compiler has done most of its work \
						(a connector that has run for hours no longer compiles). Offered rates held for %d s each, stopping at the first rate not sustained (sustained: every ticket \
						got its first Jira action, the backlog when sending stopped was at most 2 s of arrivals, and p99 \
						stayed within 3 s). Achieved = tickets done / time from the first sent to the last done. \
						Elasticsearch operations per ticket from the node's counters (refreshes include Elasticsearch's own \
						periodic ones; a shard write batch is one translog sync: a write sent alone is a batch of one, a \
						bulk is one batch per index it touches). Group commit (`tandem.connector.store.group-commit`): %s. \
						Processing threads (`tandem.processing.threads`): %d.

						| offered tickets/s | done | achieved/s | backlog at end | p50 | p99 | Elasticsearch ops per ticket | sustained |
						|---|---|---|---|---|---|---|---|
						%s
						**Highest sustained rate: %.0f tickets/s offered, %.1f/s done.** Raw embedding rate in the same run, on texts shaped \
						like the tickets' (summary and description, as triage embeds them), the mean of before and after \
						the ramp: %.0f texts/s batched (64 per call, as the knowledge base's import does; triage embeds the \
						tickets waiting at the same moment in one call), %.0f texts/s one text per call (before: %.0f / \
						%.0f, after: %.0f / %.0f): tickets done per second at the highest sustained rate = \
						**%.0f %%** of the batched rate, %.0f %% of the one-by-one \
						rate (goal: 80 %%). At the knee: %s.
						""",
				(LANGUAGE == Language.CHINESE) ? "Chinese (bge-small-zh)" : "English (bge-small-en)",
				STEADY_WARM_UP_SECONDS, STEADY_WARM_UP_RATE, STEP_SECONDS,
				GROUP_COMMIT ? "on" : "**off** (one request per write)", processingThreads, rows, knee, kneeDone,
				raw[0], raw[1], rawBefore[0], rawBefore[1], rawAfter[0], rawAfter[1], 100 * kneeDone / raw[0],
				100 * kneeDone / raw[1], kneeProfile.isEmpty() ? "-" : kneeProfile);
	}

	/**
	 * Batched and one-at-a-time embedding rate over the tickets' texts, each made unique
	 * (the embedder remembers recent texts: a repeated text would measure the memory, not
	 * the model).
	 */
	private double[] embeddingRates(TextEmbedder embedder, int firstReference) {
		embedder.embedAll(uniqueTexts(firstReference, 32), LANGUAGE);
		List<String> texts = uniqueTexts(firstReference + 10_000, QUICK ? 256 : 512);
		long start = System.nanoTime();
		embedder.embedAll(texts, LANGUAGE);
		double batched = texts.size() / ((System.nanoTime() - start) / 1e9);
		List<String> single = uniqueTexts(firstReference + 20_000, QUICK ? 100 : 200);
		start = System.nanoTime();
		for (String text : single) {
			embedder.embed(text, LANGUAGE);
		}
		double oneByOne = single.size() / ((System.nanoTime() - start) / 1e9);
		return new double[] { batched, oneByOne };
	}

	/**
	 * Texts as triage embeds a ticket of {@link #uniqueTickets}: summary and description
	 * (question, question and reference line), each unique. Until 2026-11-22 11:00 the
	 * raw rate was measured on the questions alone, less than half a ticket's text.
	 */
	private List<String> uniqueTexts(int firstReference, int count) {
		List<String> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String question = this.questions.get(i % this.questions.size());
			texts.add(question + "\n\n" + description(question, firstReference + i));
		}
		return texts;
	}

	private static String description(String question, int reference) {
		return question + String.format(Locale.ROOT,
				(LANGUAGE == Language.CHINESE) ? "\n\n我们的订单号：%d。" : "\n\nOur reference: order %d.", reference);
	}

	/**
	 * Waits until the connector has finished the work of earlier tickets (their later
	 * outbox steps run after the first Jira action): no Elasticsearch write for 2 s, at
	 * most 2 minutes. Otherwise a ramp step counts the previous phase's writes and shares
	 * the machine with them.
	 */
	private static void awaitQuiet() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		long last = LoadDriver.elasticsearchCounters().get("index");
		int quietSeconds = 0;
		while (quietSeconds < 2 && System.currentTimeMillis() < deadline) {
			Thread.sleep(1000);
			long now = LoadDriver.elasticsearchCounters().get("index");
			quietSeconds = (now == last) ? quietSeconds + 1 : 0;
			last = now;
		}
	}

	/**
	 * Shard-level write batches per ticket (each one translog sync; a single write is a
	 * batch of one) and, with group commit, writes per bulk request.
	 */
	private static String writeBatches(Map<String, Long> before, Map<String, Long> after, int tickets,
			DocumentIndexes.GroupCommitCounts commitsBefore, DocumentIndexes.GroupCommitCounts commitsAfter) {
		double syncs = (after.get("shard-bulk") - before.get("shard-bulk")) / (double) tickets;
		long bulks = commitsAfter.bulks() - commitsBefore.bulks();
		String perBulk = (bulks == 0) ? "no group commit" : String.format(Locale.ROOT, "%.1f writes per bulk",
				(commitsAfter.writes() - commitsBefore.writes()) / (double) bulks);
		return String.format(Locale.ROOT, "shard write batches %.1f (%s)", syncs, perBulk);
	}

	private static String perTicket(Map<String, Long> before, Map<String, Long> after, int tickets) {
		Map<String, String> per = new LinkedHashMap<>();
		for (String counter : List.of("index", "get", "search", "refresh")) {
			per.put(counter,
					String.format(Locale.ROOT, "%.1f", (after.get(counter) - before.get(counter)) / (double) tickets));
		}
		return "writes " + per.get("index") + ", gets " + per.get("get") + ", searches " + per.get("search")
				+ ", refreshes " + per.get("refresh");
	}

	/**
	 * Tickets whose text no earlier ticket had (a reference line in the description): the
	 * embedder remembers recent texts, and the demo has fewer questions than a ramp
	 * sends, so repeated questions would skip the embedding real tickets pay for.
	 */
	private List<ObjectNode> uniqueTickets(int count) {
		List<ObjectNode> issues = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int n = this.next++;
			String question = this.questions.get(n % this.questions.size());
			ObjectNode issue = this.deliveries.issue("THR-" + (n + 1), question, description(question, 700_000 + n));
			issue.put("id", String.valueOf(400000 + n));
			issues.add(issue);
		}
		return issues;
	}

	private List<ObjectNode> tickets(int count) {
		List<ObjectNode> issues = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int n = this.next++;
			String question = this.questions.get(n % this.questions.size());
			ObjectNode issue = this.deliveries.issue("THR-" + (n + 1), question, question);
			issue.put("id", String.valueOf(400000 + n));
			issues.add(issue);
		}
		return issues;
	}

	private List<LoadDriver.Delivery> created(List<ObjectNode> issues) {
		return issues.stream()
			.map((issue) -> new LoadDriver.Delivery(key(issue), "created-" + key(issue),
					this.deliveries.issueCreated(issue)))
			.toList();
	}

	private static List<ObjectNode> autoAnswered(RunningConnector connector, List<ObjectNode> issues) {
		CaseStore cases = connector.bean(CaseStore.class);
		return issues.stream()
			.filter((issue) -> cases.find(issue.get("id").asString())
				.map((found) -> found.value())
				.flatMap(TicketCase::outcome)
				.filter((outcome) -> outcome == CaseOutcome.AUTO_ANSWERED)
				.isPresent())
			.toList();
	}

	private static List<String> keys(List<ObjectNode> issues) {
		return issues.stream().map(ConnectorThroughputBench::key).toList();
	}

	private static String key(ObjectNode issue) {
		return issue.get("key").asString();
	}

	private void stub(JiraStandIn jira) {
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(JiraSamples.text(this.samples.user("557058:tandem-bot", "Tandem", null)))));
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql"))
			.willReturn(okJson(JiraSamples.text(this.samples.cloudSearchPage(List.of(), Optional.empty())))));
		jira.stub(post(urlPathMatching("/rest/api/3/issue/[^/]+/comment"))
			.willReturn(jsonResponse(JiraSamples.text(this.samples.comment("20001", "reply", true)), 201)));
		jira.stub(put(urlPathMatching("/rest/api/3/issue/[^/]+")).willReturn(aResponse().withStatus(204)));
		jira.stub(put(urlPathMatching("/rest/api/3/issue/[^/]+/assignee")).willReturn(aResponse().withStatus(204)));
		jira.stub(put(urlPathMatching("/rest/api/3/issue/[^/]+/properties/sd.public.comment"))
			.willReturn(aResponse().withStatus(200)));
		jira.stub(post(urlPathMatching("/rest/api/3/issue/[^/]+/transitions")).willReturn(aResponse().withStatus(204)));
	}

	private static void seedKnowledgeBase(RunningConnector connector) {
		try (InputStream in = new ClassPathResource("demo/knowledge-base.jsonl").getInputStream()) {
			Path file = Files.createTempFile("throughput-kb", ".jsonl");
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			new ArticleImporter(connector.bean(ArticleRepository.class), Clock.systemUTC()).run(List.of(file),
					ImportOptions.defaults("bench"), new ImportListener() {
					});
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		connector.bean(ArticleIndexingQueue.class).drain();
		connector.bean(CalibrationService.class).recalibrate((percent) -> {
		});
	}

	/**
	 * The demo articles' example questions in the bench's language, interleaved across
	 * articles.
	 */
	private static List<String> questions() {
		List<List<String>> perArticle = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream in = new ClassPathResource("demo/knowledge-base.jsonl").getInputStream()) {
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode article = json.readTree(line);
				if (article.path("language").asString().equals(LANGUAGE.tag())) {
					List<String> questions = new ArrayList<>();
					article.path("questions").forEach((question) -> questions.add(question.asString()));
					perArticle.add(questions);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> interleaved = new ArrayList<>();
		for (int i = 0; interleaved.size() < perArticle.stream().mapToInt(List::size).sum(); i++) {
			for (List<String> questions : perArticle) {
				if (i < questions.size()) {
					interleaved.add(questions.get(i));
				}
			}
		}
		return interleaved;
	}

	private static void print(String format, Object... args) {
		System.out.println("ConnectorThroughputBench: " + String.format(Locale.ROOT, format, args));
	}

}
