package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.tandem.kb.retrieval.ExampleQuestion;
import dev.tandem.kb.retrieval.RetrievalSettings;

/**
 * The article classifier as calibration must see it: a replayed question may only be
 * judged by a classifier that never saw it, or the confidence learnt from the replays
 * would be optimistic. Example questions fall into {@value #FOLDS} folds by unit, and
 * articles into {@value #FOLDS} folds by article; an in-scope replay is ranked by the
 * classifier trained without its question's fold, an out-of-scope replay by the one
 * trained without its article's fold (titles included). The classifier trained on
 * everything is the one that answers.
 */
final class OutOfFoldClassifiers {

	static final int FOLDS = 5;

	private final ArticleClassifier all;

	private final List<ArticleClassifier> withoutQuestionFold;

	private final List<ArticleClassifier> withoutArticleFold;

	private OutOfFoldClassifiers(ArticleClassifier all, List<ArticleClassifier> withoutQuestionFold,
			List<ArticleClassifier> withoutArticleFold) {
		this.all = all;
		this.withoutQuestionFold = withoutQuestionFold;
		this.withoutArticleFold = withoutArticleFold;
	}

	static OutOfFoldClassifiers none() {
		List<ArticleClassifier> none = java.util.Collections.nCopies(FOLDS, ArticleClassifier.NONE);
		return new OutOfFoldClassifiers(ArticleClassifier.NONE, none, none);
	}

	/**
	 * @param units titles and example questions of the published articles
	 * @param questions the example questions among them
	 * @param settings the classifier's share of the re-ranked score and the vote's share
	 * in its probability
	 */
	static OutOfFoldClassifiers train(List<ExampleQuestion> units, List<ExampleQuestion> questions,
			RetrievalSettings settings) {
		return train(units, questions, settings, CalibrationProgress.of((replayed) -> {
		}));
	}

	/**
	 * As {@link #train(List, List, RetrievalSettings)}, telling progress of each model
	 * trained (nothing when the last trained set is reused).
	 */
	static OutOfFoldClassifiers train(List<ExampleQuestion> units, List<ExampleQuestion> questions,
			RetrievalSettings settings, CalibrationProgress progress) {
		String key = units.stream()
			.map((unit) -> unit.unitId() + "=" + java.util.Arrays.hashCode(unit.question().vector()))
			.sorted()
			.toList()
			.hashCode() + "/" + units.size() + "/" + questions.size();
		synchronized (OutOfFoldClassifiers.class) {
			if (key.equals(lastKey)) {
				return lastTrained.with(settings);
			}
		}
		OutOfFoldClassifiers trained = trainAll(units, questions, 0, progress).with(settings);
		synchronized (OutOfFoldClassifiers.class) {
			lastKey = key;
			lastTrained = trained;
		}
		return trained;
	}

	/**
	 * The last trained set: recalibrating an unchanged knowledge base (another target
	 * precision, the benchmark's settings grid) does not train the same models again.
	 */
	private static String lastKey;

	private static OutOfFoldClassifiers lastTrained;

	private OutOfFoldClassifiers with(RetrievalSettings settings) {
		return new OutOfFoldClassifiers(this.all.with(settings),
				this.withoutQuestionFold.stream().map((c) -> c.with(settings)).toList(),
				this.withoutArticleFold.stream().map((c) -> c.with(settings)).toList());
	}

	private static OutOfFoldClassifiers trainAll(List<ExampleQuestion> units, List<ExampleQuestion> questions,
			double weight, CalibrationProgress progress) {
		Set<String> questionUnits = questions.stream().map(ExampleQuestion::unitId).collect(Collectors.toSet());
		List<Callable<ArticleClassifier>> models = new ArrayList<>(2 * FOLDS + 1);
		models.add(() -> ArticleClassifier.train(units, weight));
		for (int fold = 0; fold < FOLDS; fold++) {
			int left = fold;
			models.add(() -> ArticleClassifier.train(units,
					(unit) -> !questionUnits.contains(unit.unitId()) || questionFold(unit) != left, weight));
		}
		for (int fold = 0; fold < FOLDS; fold++) {
			int left = fold;
			models.add(() -> ArticleClassifier.train(units, (unit) -> articleFold(unit) != left, weight));
		}
		List<ArticleClassifier> trained = trainInParallel(models, progress);
		return new OutOfFoldClassifiers(trained.get(0), trained.subList(1, 1 + FOLDS),
				trained.subList(1 + FOLDS, 1 + 2 * FOLDS));
	}

	/**
	 * The eleven models are independent: trained on a pool of their own, one thread per
	 * core (a knowledge base of 700 articles takes minutes per model on one core). Not
	 * the common fork-join pool: other work of the process (HTTP clients' completions)
	 * must not wait behind minutes of training.
	 */
	private static List<ArticleClassifier> trainInParallel(List<Callable<ArticleClassifier>> models,
			CalibrationProgress progress) {
		int threads = Math.min(models.size(), Runtime.getRuntime().availableProcessors());
		AtomicInteger done = new AtomicInteger();
		List<Callable<ArticleClassifier>> reported = models.stream().<Callable<ArticleClassifier>>map((model) -> () -> {
			ArticleClassifier trained = model.call();
			progress.classifierModelTrained(done.incrementAndGet(), models.size());
			return trained;
		}).toList();
		AtomicInteger count = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, (runnable) -> {
			Thread thread = new Thread(runnable, "kb-calibration-training-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<ArticleClassifier> trained = new ArrayList<>(models.size());
			for (Future<ArticleClassifier> model : pool.invokeAll(reported)) {
				trained.add(model.get());
			}
			return trained;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while training the article classifier", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Training the article classifier failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	ArticleClassifier all() {
		return this.all;
	}

	/** The classifier that never saw this example question. */
	ArticleClassifier withoutQuestion(ExampleQuestion question) {
		return this.withoutQuestionFold.get(questionFold(question));
	}

	/** The classifier that never saw this question's article. */
	ArticleClassifier withoutArticle(ExampleQuestion question) {
		return this.withoutArticleFold.get(articleFold(question));
	}

	private static int questionFold(ExampleQuestion unit) {
		return Math.floorMod(unit.unitId().hashCode() * 31 + 17, FOLDS);
	}

	private static int articleFold(ExampleQuestion unit) {
		return Math.floorMod(unit.articleId().hashCode() * 37 + 11, FOLDS);
	}

}
