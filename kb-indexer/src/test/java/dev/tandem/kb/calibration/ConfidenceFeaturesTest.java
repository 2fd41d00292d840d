package dev.tandem.kb.calibration;

import java.util.List;
import java.util.Optional;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.CandidateArticle;
import dev.tandem.kb.retrieval.MatchExplanation;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.retrieval.UnitKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceFeaturesTest {

	private final AnalysedQuestion question = new AnalysedQuestion("card not arriving", Language.ENGLISH,
			List.of("card", "arriv"), List.of(), List.of(), new float[] { 1 });

	@Test
	void featuresDescribeTheTopArticleAndItsLeadOverTheRest() {
		SearchResult result = new SearchResult(this.question,
				List.of(candidate("delivery", 0.85, 0.9, 1.0, 0.88, 6, 0.8, List.of("card", "arriv")),
						candidate("activate", 0.70, 0.8, 0.4, 0.0, 2, 0.2, List.of("card"))),
				Optional.of("delivery"), Optional.of("activate"), 0.5);
		double[] features = ConfidenceFeatures.of(result);
		assertThat(features).hasSize(ConfidenceFeatures.NAMES.size());
		assertThat(feature(features, "top_score")).isEqualTo(0.85);
		assertThat(feature(features, "score_margin")).isCloseTo(0.15, within(1e-9));
		assertThat(feature(features, "top_cosine")).isEqualTo(0.9);
		assertThat(feature(features, "cosine_margin")).isCloseTo(0.1, within(1e-9));
		assertThat(feature(features, "agreement")).isEqualTo(0.5);
		assertThat(feature(features, "vector_support")).isEqualTo(0.6);
		assertThat(feature(features, "term_coverage")).isEqualTo(1.0);
		assertThat(feature(features, "second_cosine")).isEqualTo(0.88);
		assertThat(feature(features, "vote_share")).isEqualTo(0.8);
		assertThat(feature(features, "third_cosine")).isEqualTo(0.86);
		assertThat(feature(features, "bm25_margin")).isCloseTo(0.6, within(1e-9));
		assertThat(feature(features, "query_length")).isCloseTo(Math.log(3), within(1e-9));
		assertThat(feature(features, "unmatched_tokens")).isEqualTo(0.5);
		assertThat(feature(features, "crowd")).isEqualTo(0.2);
		assertThat(feature(features, "cosine_x_vote")).isCloseTo(0.72, within(1e-9));
	}

	@Test
	void anEmptyResultListHasAllFeaturesZero() {
		double[] features = ConfidenceFeatures
			.of(new SearchResult(this.question, List.of(), Optional.empty(), Optional.empty()));
		assertThat(features).containsOnly(0.0);
	}

	private static double feature(double[] features, String name) {
		return features[ConfidenceFeatures.NAMES.indexOf(name)];
	}

	private static CandidateArticle candidate(String id, double score, double cosine, double lexicalShare,
			double secondCosine, int support, double voteShare, List<String> matched) {
		MatchExplanation explanation = new MatchExplanation(UnitKind.QUESTION, id, 0, 0, cosine, matched, List.of(),
				List.of());
		return new CandidateArticle(id, id, Optional.empty(), ArticleStatus.PUBLISHED, score, lexicalShare * 10,
				lexicalShare, cosine, secondCosine, (secondCosine > 0) ? secondCosine - 0.02 : 0, support, voteShare,
				explanation);
	}

}
