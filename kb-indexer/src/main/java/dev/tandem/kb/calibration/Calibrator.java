package dev.tandem.kb.calibration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.ExampleQuestion;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.RetrievalFilter;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.retrieval.UnitHits;

/**
 * Calibrates confidence on a knowledge base's own example questions.
 * <p>
 * Every example question of a published article is asked twice against the knowledge
 * base: once without its own unit (an answerable question phrased in a new way: right
 * when its article comes first) and once without any unit of its article (a question the
 * knowledge base does not cover: any automatic answer is wrong). Both replays reuse one
 * search (the leave-out happens in fusion), so calibration needs no embedding and one
 * Elasticsearch round trip per question. A logistic model maps the result-list features
 * to the probability of being right; the threshold for the target precision is read off
 * out-of-fold predictions (5 folds grouped by article, so a model never judges questions
 * of articles it was trained on), and the final model is fitted on everything.
 */
public class Calibrator {

	static final int FOLDS = 5;

	static final double L2 = 1.0;

	private final HybridSearch search;

	private final Clock clock;

	private final int[] ignoredFeatures;

	public Calibrator(HybridSearch search, Clock clock) {
		this(search, clock, Set.copyOf(ConfidenceFeatures.OFF_BY_DEFAULT));
	}

	/**
	 * @param search the knowledge base's search
	 * @param clock when calibrations are computed
	 * @param ignoredFeatures names from {@link ConfidenceFeatures#NAMES} the model must
	 * not use (held at 0 in training, so their weights stay 0: for measuring what a
	 * feature adds)
	 */
	public Calibrator(HybridSearch search, Clock clock, Set<String> ignoredFeatures) {
		this.search = search;
		this.clock = clock;
		for (String name : ignoredFeatures) {
			if (!ConfidenceFeatures.NAMES.contains(name)) {
				throw new IllegalArgumentException("unknown confidence feature: " + name);
			}
		}
		this.ignoredFeatures = ignoredFeatures.stream().mapToInt(ConfidenceFeatures.NAMES::indexOf).toArray();
	}

	/**
	 * Calibrates the knowledge base as it is now.
	 * @param settings target precision and limits
	 * @param progress told the number of questions replayed so far
	 * @return the calibration
	 */
	public Calibration calibrate(AnsweringSettings settings, IntConsumer progress) {
		return calibrateWithClassifier(settings, progress).calibration();
	}

	/**
	 * Calibrates the knowledge base as it is now and trains its article classifier (the
	 * confidence model is fitted on results ranked by out-of-fold classifiers).
	 * @param settings target precision and limits
	 * @param progress told the number of questions replayed so far
	 * @return the calibration and the classifier trained on all titles and example
	 * questions ({@link ArticleClassifier#NONE} for a knowledge base too small to
	 * calibrate)
	 */
	public Calibrated calibrateWithClassifier(AnsweringSettings settings, IntConsumer progress) {
		return calibrateWithClassifier(settings, OutOfScopeExamples.NONE, progress);
	}

	/**
	 * Calibrates the knowledge base as it is now, asking known out-of-scope questions as
	 * well: they become out-of-scope samples of the confidence model (half of the
	 * out-of-scope weight; the replays keep the other half) and the estimated
	 * out-of-scope answer rate, which {@code max-out-of-scope-rate} caps, is measured on
	 * them alone.
	 * @param settings target precision and limits
	 * @param outOfScope questions the knowledge base does not cover (may be empty)
	 * @param progress told the number of questions replayed so far (and, when it is a
	 * {@link CalibrationProgress}, each classifier model trained)
	 * @return the calibration and the classifier
	 */
	public Calibrated calibrateWithClassifier(AnsweringSettings settings, OutOfScopeExamples outOfScope,
			IntConsumer progress) {
		String fingerprint = outOfScope.fingerprintOf(this.search.fingerprint());
		List<ExampleQuestion> questions = new ArrayList<>(this.search.exampleQuestions());
		Set<String> articles = new LinkedHashSet<>();
		questions.forEach((q) -> articles.add(q.articleId()));
		if (questions.size() < settings.minQuestions() || articles.size() < 3) {
			return new Calibrated(DefaultConfidence.calibration(settings.targetPrecision(),
					("only %d example "
							+ "questions in %d published articles (calibration needs %d in at least 3): a conservative "
							+ "default threshold applies; add example questions to articles")
						.formatted(questions.size(), articles.size(), settings.minQuestions()),
					questions.size(), articles.size(), fingerprint, this.clock.instant()), ArticleClassifier.NONE);
		}
		OutOfFoldClassifiers classifiers = OutOfFoldClassifiers.train(this.search.titlesAndExampleQuestions(),
				questions, this.search.settings(), CalibrationProgress.of(progress));
		if (questions.size() > settings.maxQuestions()) {
			Collections.shuffle(questions, new Random(42));
			questions = new ArrayList<>(questions.subList(0, settings.maxQuestions()));
		}
		List<Replay> replays = replay(questions, classifiers, progress);
		List<double[]> observed = replayOutOfScope(outOfScope, classifiers.all());
		return new Calibrated(fit(replays, observed, settings, articles.size(), fingerprint), classifiers.all());
	}

	/**
	 * What calibrating a knowledge base yields.
	 *
	 * @param calibration the confidence model and threshold
	 * @param classifier the article classifier that ranks the results the confidence
	 * model judges
	 */
	public record Calibrated(Calibration calibration, ArticleClassifier classifier) {
	}

	/**
	 * Trains the article classifier on the knowledge base as it is now (after a process
	 * loaded a stored calibration: the classifier itself is not stored).
	 */
	public ArticleClassifier trainClassifier() {
		return ArticleClassifier.train(this.search.titlesAndExampleQuestions(), 0).with(this.search.settings());
	}

	/**
	 * One replayed question: features with its unit left out, and with its article left
	 * out.
	 */
	record Replay(String articleId, double[] inScope, boolean correct, double[] outOfScope) {
	}

	List<Replay> replay(List<ExampleQuestion> questions, OutOfFoldClassifiers classifiers, IntConsumer progress) {
		List<Replay> replays = new ArrayList<>(questions.size());
		int step = 256;
		for (int from = 0; from < questions.size(); from += step) {
			List<ExampleQuestion> batch = questions.subList(from, Math.min(questions.size(), from + step));
			List<AnalysedQuestion> analysed = batch.stream().map(ExampleQuestion::question).toList();
			List<UnitHits> hits = this.search.hits(analysed, RetrievalFilter.published());
			for (int i = 0; i < batch.size(); i++) {
				ExampleQuestion question = batch.get(i);
				SearchResult withoutUnit = classifiers.withoutQuestion(question)
					.rerank(this.search.rank(question.question(), hits.get(i),
							(unit) -> unit.unitId().equals(question.unitId())));
				SearchResult withoutArticle = classifiers.withoutArticle(question)
					.rerank(this.search.rank(question.question(), hits.get(i),
							(unit) -> unit.articleId().equals(question.articleId())));
				boolean correct = withoutUnit.best()
					.map((best) -> best.id().equals(question.articleId()))
					.orElse(false);
				replays.add(new Replay(question.articleId(), features(withoutUnit), correct, features(withoutArticle)));
			}
			progress.accept(Math.min(questions.size(), from + step));
		}
		return replays;
	}

	/**
	 * Features of known out-of-scope questions, ranked as the product ranks (no article
	 * left out; the classifier trained on everything, which never saw them).
	 */
	List<double[]> replayOutOfScope(OutOfScopeExamples outOfScope, ArticleClassifier classifier) {
		if (outOfScope.isEmpty()) {
			return List.of();
		}
		List<AnalysedQuestion> analysed = this.search.analyseAll(outOfScope.texts());
		List<UnitHits> hits = this.search.hits(analysed, RetrievalFilter.published());
		List<double[]> features = new ArrayList<>(analysed.size());
		for (int i = 0; i < analysed.size(); i++) {
			features.add(features(classifier.rerank(this.search.rank(analysed.get(i), hits.get(i), (unit) -> false))));
		}
		return features;
	}

	private double[] features(SearchResult result) {
		double[] features = ConfidenceFeatures.of(result);
		for (int ignored : this.ignoredFeatures) {
			features[ignored] = 0;
		}
		return features;
	}

	Calibration fit(List<Replay> replays, List<double[]> observed, AnsweringSettings settings, int articles,
			String fingerprint) {
		ConfidenceSamples samples = ConfidenceSamples.of(replays, observed, settings.outOfScopeShare());
		// Out-of-fold confidences: folds by article (each known out-of-scope question is
		// a group of its own).
		Map<String, Integer> foldOfArticle = new HashMap<>();
		List<String> articleIds = samples.articles.stream().distinct().sorted().toList();
		List<String> shuffled = new ArrayList<>(articleIds);
		Collections.shuffle(shuffled, new Random(7));
		for (int i = 0; i < shuffled.size(); i++) {
			foldOfArticle.put(shuffled.get(i), i % FOLDS);
		}
		double[] outOfFold = new double[samples.size()];
		for (int fold = 0; fold < FOLDS; fold++) {
			int current = fold;
			ConfidenceSamples training = samples.filter((i) -> foldOfArticle.get(samples.articles.get(i)) != current);
			if (training.size() == 0 || training.allSame()) {
				continue;
			}
			LogisticModel model = LogisticModel.fit(training.features, training.labels(), training.weights(), L2);
			for (int i = 0; i < samples.size(); i++) {
				if (foldOfArticle.get(samples.articles.get(i)) == current) {
					outOfFold[i] = model.probability(samples.features.get(i));
				}
			}
		}
		List<ThresholdSelector.Sample> scored = new ArrayList<>(samples.size());
		for (int i = 0; i < samples.size(); i++) {
			scored.add(new ThresholdSelector.Sample(outOfFold[i], samples.inScope.get(i), samples.correct.get(i),
					samples.weight.get(i), samples.observed.get(i)));
		}
		LogisticModel model = LogisticModel.fit(samples.features, samples.labels(), samples.weights(), L2);
		double target = Math.min(0.999, settings.targetPrecision() + settings.safetyMargin());
		Optional<ThresholdSelector.Selection> chosen = ThresholdSelector.select(scored, target,
				settings.maxOutOfScopeRate(), settings.minAnswered());
		Optional<String> warning = chosen.isPresent() ? explanation(chosen.get(), settings)
				: Optional.of(noThreshold(scored, target, settings));
		Optional<CurvePoint> expected = chosen.map(ThresholdSelector.Selection::point);
		return new Calibration(settings.targetPrecision(),
				expected.map(CurvePoint::threshold).orElse(Calibration.NEVER), true, warning, model,
				ThresholdSelector.curve(scored), expected, replays.size(), replays.size(), articles, fingerprint,
				this.clock.instant(), chosen.map(ThresholdSelector.Selection::boundBy));
	}

	/** Says so when the out-of-scope cap, not the target precision, set the threshold. */
	static Optional<String> explanation(ThresholdSelector.Selection selection, AnsweringSettings settings) {
		if (selection.boundBy() != ThresholdConstraint.OUT_OF_SCOPE_RATE) {
			return Optional.empty();
		}
		CurvePoint precisionOnly = selection.precisionOnly();
		CurvePoint chosen = selection.point();
		return Optional.of(String.format(Locale.ROOT,
				"the threshold is set by max-out-of-scope-rate %.3f, not by the target precision: raised from %.3f to "
						+ "%.3f, estimated out-of-scope questions answered %.3f instead of %.3f, coverage %.3f instead "
						+ "of %.3f",
				settings.maxOutOfScopeRate().orElseThrow(), precisionOnly.threshold(), chosen.threshold(),
				chosen.outOfScopeAnswerRate(), precisionOnly.outOfScopeAnswerRate(), chosen.coverage(),
				precisionOnly.coverage()));
	}

	static String noThreshold(List<ThresholdSelector.Sample> scored, double target, AnsweringSettings settings) {
		String warning = "no threshold reaches precision %.3f on this knowledge base: automatic answers are off"
			.formatted(target);
		if (settings.maxOutOfScopeRate().isPresent()
				&& ThresholdSelector.select(scored, target, settings.minAnswered()).isPresent()) {
			// Precision alone is reachable: the cap is what switched answers off.
			warning = String.format(Locale.ROOT,
					"no threshold reaches precision %.3f while answering at most %.3f of out-of-scope questions "
							+ "(max-out-of-scope-rate) on this knowledge base: automatic answers are off",
					target, settings.maxOutOfScopeRate().get());
		}
		return warning;
	}

}
