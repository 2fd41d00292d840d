package dev.tandem.kb.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.tandem.kb.analysis.SynonymGroup;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.calibration.AnsweringSettings;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.OutOfScopeExamples;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.evaluation.internal.EvaluationFiles;
import dev.tandem.kb.evaluation.internal.EvaluationFiles.InvalidInputException;
import dev.tandem.kb.retrieval.RetrievalException;
import dev.tandem.kb.retrieval.RetrievalSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer eval --kb ARTICLES.jsonl --questions QUESTIONS.jsonl [--json]}:
 * builds a throwaway knowledge base under a temporary index prefix, calibrates it like a
 * real one, asks the questions and reports top-1 accuracy, precision and coverage at the
 * calibrated threshold, the false-answer rate on out-of-scope questions, and the
 * precision/coverage curve. The knowledge base in use is not touched.
 */
@Component
@Command(name = "eval", mixinStandardHelpOptions = true,
		description = { "Measure answer quality on a knowledge base and questions with known answers.",
				"Questions: {\"id\": \"q1\", \"text\": \"...\", \"expected\": \"article-id\"} a line; "
						+ "\"expected\" empty or missing = out of scope (any automatic answer is wrong)." })
public class EvalCommand implements Callable<Integer> {

	@Option(names = "--kb", required = true, paramLabel = "ARTICLES.jsonl",
			description = "articles (import format, JSON Lines)")
	Path articles;

	@Option(names = "--questions", required = true, paramLabel = "QUESTIONS.jsonl",
			description = "questions with expected article ids")
	Path questions;

	@Option(names = "--synonyms", paramLabel = "FILE", description = "synonym groups, one a line: refund, money back")
	Path synonyms;

	@Option(names = "--out-of-scope-examples", paramLabel = "QUESTIONS.jsonl",
			description = "questions known to be out of scope ({\"text\": \"...\"} a line, or a .txt file of one question a line), given to calibration "
					+ "as `kb-indexer out-of-scope import` stores them; do not repeat questions of --questions here")
	Path outOfScopeExamples;

	@Option(names = "--target-precision", paramLabel = "P",
			description = "target precision (default tandem.answering.target-precision)")
	Double targetPrecision;

	@Option(names = "--json", description = "print the report as JSON")
	boolean asJson;

	private final ElasticsearchConnection connection;

	private final TextAnalyzer analyzer;

	private final TextEmbedder embedder;

	private final RetrievalSettings retrieval;

	private final AnsweringSettings answering;

	private final Clock clock;

	public EvalCommand(ElasticsearchConnection connection, TextAnalyzer analyzer, TextEmbedder embedder,
			RetrievalSettings retrieval, AnsweringSettings answering, Clock clock) {
		this.connection = connection;
		this.analyzer = analyzer;
		this.embedder = embedder;
		this.retrieval = retrieval;
		this.answering = answering;
		this.clock = clock;
	}

	@Override
	public Integer call() {
		EvaluationFiles files = new EvaluationFiles();
		List<ArticleContent> kb;
		List<EvaluationQuestion> asked;
		List<SynonymGroup> groups;
		OutOfScopeExamples known;
		try {
			kb = files.articles(this.articles);
			asked = files.questions(this.questions);
			groups = (this.synonyms != null) ? files.synonyms(this.synonyms) : List.of();
			known = (this.outOfScopeExamples != null) ? files.outOfScopeExamples(this.outOfScopeExamples)
					: OutOfScopeExamples.NONE;
		}
		catch (InvalidInputException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		if (this.targetPrecision != null && (this.targetPrecision < 0.5 || this.targetPrecision > 0.999)) {
			System.err.println("--target-precision must be between 0.5 and 0.999, got " + this.targetPrecision);
			return 2;
		}
		AnsweringSettings settings = (this.targetPrecision != null)
				? this.answering.withTargetPrecision(this.targetPrecision) : this.answering;
		System.err.printf("Indexing %d articles into a throwaway knowledge base ...%n", kb.size());
		try (ThrowawayKnowledgeBase throwaway = ThrowawayKnowledgeBase.build(this.connection, this.analyzer,
				this.embedder, this.retrieval, this.clock, kb, groups, progressEvery("units indexed", 500))) {
			System.err.println(known.isEmpty() ? "Calibrating ..."
					: "Calibrating with %d known out-of-scope examples ...".formatted(known.size()));
			Calibration calibration = throwaway.calibrate(settings, this.retrieval, known, (done) -> {
			});
			System.err.printf("Asking %d questions ...%n", asked.size());
			EvaluationReport report = throwaway.evaluate(asked, calibration, this.retrieval,
					(done) -> progress(done, asked.size()));
			System.out.println(this.asJson ? EvaluationJson.of(report) : report.toText());
			return 0;
		}
		catch (RetrievalException | IllegalStateException | IllegalArgumentException ex) {
			System.err.println("eval failed: " + ex.getMessage());
			return 1;
		}
	}

	private static dev.tandem.kb.retrieval.IndexingProgress progressEvery(String what, int step) {
		return (done, total) -> {
			if (done == total || done / step != (done - 1) / step) {
				System.err.printf(Locale.ROOT, "%d / %d %s%n", done, total, what);
			}
		};
	}

	private static void progress(int done, int total) {
		if (done == total || done % 500 == 0) {
			System.err.printf(Locale.ROOT, "%d / %d questions%n", done, total);
		}
	}

}
