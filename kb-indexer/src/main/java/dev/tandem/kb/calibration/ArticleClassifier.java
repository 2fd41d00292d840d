package dev.tandem.kb.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.calibration.internal.SoftmaxRegression;
import dev.tandem.kb.retrieval.CandidateArticle;
import dev.tandem.kb.retrieval.ExampleQuestion;
import dev.tandem.kb.retrieval.RetrievalSettings;
import dev.tandem.kb.retrieval.SearchResult;

/**
 * A per-knowledge-base article classifier: multinomial logistic regression over the
 * published articles, trained on the stored embeddings of their titles and example
 * questions (one model per language, since the two embedding models differ). A frozen
 * encoder plus a trained linear classifier separates few-shot intents better than
 * nearest-neighbour voting: it learns which directions of the embedding tell two similar
 * articles apart.
 * <p>
 * It re-ranks a search result: every candidate's fused score becomes
 * {@code (1 - weight) * score + weight * p}, with
 * {@code p = (1 - voteBlend) * p(article | question) + voteBlend * voteShare}: the
 * classifier's probability mixed with the article's share of the softmax vote over the
 * question's nearest units (a k-NN vote; on BANKING77 and Bitext the mix ranks better
 * than either, on CLINC150 worse: off by default, issue #8; see
 * RetrievalSettings#classifierVoteBlend). {@code p} is kept for the confidence features.
 * Candidates it does not know (not published, or in another language) keep their fused
 * score. Trained whenever the calibration is computed (see {@link Calibrator}), so it
 * always knows the articles the calibration saw.
 */
public final class ArticleClassifier {

	/** No classifier: rankings stay as fusion made them. */
	public static final ArticleClassifier NONE = new ArticleClassifier(Map.of(), 0, 0, Set.of());

	/** L2 penalty on the (standardised) weights; chosen on BANKING77's tuning split. */
	static final double L2 = 1e-3;

	static final int ITERATIONS = 60;

	/**
	 * Fewest training units (titles and example questions) per article, on average, for a
	 * language's model: with one or two an article's weights are its few vectors again
	 * (nearest-neighbour matching, which fusion already does), and training costs most
	 * (ATEC: 1,000 articles of 1.5 units: no gain in top-1, 16 s per model).
	 */
	static final double MIN_UNITS_PER_ARTICLE = 3;

	private final Map<Language, Model> models;

	private final double weight;

	/** Share of the k-NN vote share in an article's probability (0: the classifier's). */
	private final double voteBlend;

	/**
	 * Published articles this model was kept from (out-of-fold calibration models): they
	 * get probability 0, as the product's model, which knows them, gives an article that
	 * does not fit. Leaving them their fused score instead would rank them above every
	 * article the model knows, which the product never does.
	 */
	private final Set<String> heldOut;

	private ArticleClassifier(Map<Language, Model> models, double weight, double voteBlend, Set<String> heldOut) {
		this.models = models;
		this.weight = weight;
		this.voteBlend = voteBlend;
		this.heldOut = heldOut;
	}

	/**
	 * Trains one model per language on the given units.
	 * @param units titles and example questions of published articles, with embeddings
	 * @param weight share of the classifier's probability in the re-ranked score (0: the
	 * classifier only informs confidence)
	 * @return the classifier (without a model for a language that has fewer than 2
	 * articles or fewer than {@value #MIN_UNITS_PER_ARTICLE} units per article;
	 * {@link #NONE} when no language has one)
	 */
	public static ArticleClassifier train(List<ExampleQuestion> units, double weight) {
		return train(units, weight, L2, ITERATIONS);
	}

	/**
	 * Trains with another penalty and number of optimisation steps (benchmarks).
	 * @param units titles and example questions of published articles, with embeddings
	 * @param weight share of the classifier's probability in the re-ranked score
	 * @param l2 penalty on the standardised weights
	 * @param iterations full-batch optimisation steps
	 * @return the classifier
	 */
	public static ArticleClassifier train(List<ExampleQuestion> units, double weight, double l2, int iterations) {
		Map<Language, List<ExampleQuestion>> byLanguage = new EnumMap<>(Language.class);
		for (ExampleQuestion unit : units) {
			byLanguage.computeIfAbsent(unit.question().language(), (l) -> new ArrayList<>()).add(unit);
		}
		Map<Language, Model> models = new EnumMap<>(Language.class);
		byLanguage.forEach((language, ofLanguage) -> Model.train(ofLanguage, l2, iterations)
			.ifPresent((m) -> models.put(language, m)));
		return models.isEmpty() ? NONE : new ArticleClassifier(models, weight, 0, Set.of());
	}

	/** Trains on the units the predicate keeps (out-of-fold models for calibration). */
	static ArticleClassifier train(List<ExampleQuestion> units, Predicate<ExampleQuestion> kept, double weight) {
		ArticleClassifier trained = train(units.stream().filter(kept).toList(), weight);
		Set<String> heldOut = new HashSet<>();
		units.stream().filter(kept.negate()).forEach((unit) -> heldOut.add(unit.articleId()));
		units.stream().filter(kept).forEach((unit) -> heldOut.remove(unit.articleId()));
		return trained.models.isEmpty() ? NONE : new ArticleClassifier(trained.models, weight, 0, Set.copyOf(heldOut));
	}

	/** The same models with another share of the re-ranked score. */
	public ArticleClassifier withWeight(double otherWeight) {
		return this.models.isEmpty() ? NONE
				: new ArticleClassifier(this.models, otherWeight, this.voteBlend, this.heldOut);
	}

	/**
	 * The same models with another share of the k-NN vote in an article's probability.
	 * @param blend 0 (the classifier's probability alone) to 1 (the vote share alone)
	 * @return the classifier
	 */
	public ArticleClassifier withVoteBlend(double blend) {
		return this.models.isEmpty() ? NONE : new ArticleClassifier(this.models, this.weight, blend, this.heldOut);
	}

	/** The same models with the shares the retrieval settings give them. */
	public ArticleClassifier with(RetrievalSettings settings) {
		return withWeight(settings.classifierWeight()).withVoteBlend(settings.classifierVoteBlend());
	}

	public boolean isEmpty() {
		return this.models.isEmpty();
	}

	/**
	 * The probability of each known article for a question's embedding.
	 * @param language the question's language
	 * @param vector its embedding
	 * @return article id to probability (empty when no model knows the language)
	 */
	public Map<String, Double> probabilities(Language language, float[] vector) {
		Model model = this.models.get(language);
		if (model == null || model.regression.dimensions() != vector.length) {
			return Map.of();
		}
		double[] p = model.regression.probabilities(vector);
		Map<String, Double> byArticle = new HashMap<>(p.length * 2);
		for (int c = 0; c < p.length; c++) {
			byArticle.put(model.articles.get(c), p[c]);
		}
		return byArticle;
	}

	/**
	 * Re-ranks a result with the classifier's probabilities.
	 * @param result a fused ranking
	 * @return the same candidates, each with its probability and re-weighted score, best
	 * first (unchanged when the classifier does not know the question's language)
	 */
	public SearchResult rerank(SearchResult result) {
		if (this.models.isEmpty() || result.candidates().isEmpty()) {
			return result;
		}
		Map<String, Double> p = probabilities(result.question().language(), result.question().vector());
		if (p.isEmpty()) {
			return result;
		}
		List<CandidateArticle> reranked = new ArrayList<>(result.candidates().size());
		for (CandidateArticle candidate : result.candidates()) {
			Double known = this.heldOut.contains(candidate.id()) ? Double.valueOf(0.0) : p.get(candidate.id());
			Double probability = (known == null) ? null
					: (1 - this.voteBlend) * known + this.voteBlend * candidate.voteShare();
			// An article the model does not know (a draft in the admin UI's search, an
			// article in another language) keeps its fused score: no opinion, rather
			// than a probability of 0 that would bury it.
			reranked.add((probability == null) ? candidate : candidate.withClassifier(probability,
					(1 - this.weight) * candidate.score() + this.weight * probability));
		}
		reranked
			.sort(Comparator.comparingDouble(CandidateArticle::score).reversed().thenComparing(CandidateArticle::id));
		return new SearchResult(result.question(), reranked, result.lexicalTop(), result.vectorTop(),
				result.unmatchedTokenShare());
	}

	/** One language's model and its class labels. */
	private record Model(SoftmaxRegression regression, List<String> articles) {

		static java.util.Optional<Model> train(List<ExampleQuestion> units, double l2, int iterations) {
			Map<String, Integer> classOf = new LinkedHashMap<>();
			units.stream()
				.map(ExampleQuestion::articleId)
				.distinct()
				.sorted()
				.forEach((id) -> classOf.put(id, classOf.size()));
			if (classOf.size() < 2 || units.size() < MIN_UNITS_PER_ARTICLE * classOf.size()) {
				return java.util.Optional.empty();
			}
			// Sorted by unit id: the same units always give the same model. Vectors of
			// another length (left by an earlier model) are skipped.
			int dims = units.get(0).question().vector().length;
			List<ExampleQuestion> sorted = units.stream()
				.filter((unit) -> unit.question().vector().length == dims)
				.sorted(Comparator.comparing(ExampleQuestion::unitId))
				.toList();
			float[][] vectors = new float[sorted.size()][];
			int[] classes = new int[sorted.size()];
			for (int i = 0; i < sorted.size(); i++) {
				vectors[i] = sorted.get(i).question().vector();
				classes[i] = classOf.get(sorted.get(i).articleId());
			}
			SoftmaxRegression regression = SoftmaxRegression.fit(vectors, classes, classOf.size(), l2, iterations);
			return java.util.Optional.of(new Model(regression, List.copyOf(classOf.keySet())));
		}

	}

}
