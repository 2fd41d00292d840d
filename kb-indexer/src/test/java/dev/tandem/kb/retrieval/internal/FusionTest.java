package dev.tandem.kb.retrieval.internal;

import java.util.List;
import java.util.Optional;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.SynonymExpansion;
import dev.tandem.kb.analysis.TypoCorrection;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.AnalysedQuestion;
import dev.tandem.kb.retrieval.CandidateArticle;
import dev.tandem.kb.retrieval.ScoredUnit;
import dev.tandem.kb.retrieval.SearchResult;
import dev.tandem.kb.retrieval.UnitHits;
import dev.tandem.kb.retrieval.UnitKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FusionTest {

	private final Fusion fusion = new Fusion(0.7);

	private final AnalysedQuestion question = new AnalysedQuestion("how long does a refnud take", Language.ENGLISH,
			List.of("long", "refnud", "take"), List.of(new TypoCorrection("refnud", "refund", 1)),
			List.of(new SynonymExpansion("refund", "money back", List.of("monei", "back"))), new float[] { 1 });

	@Test
	void articlesAreScoredByTheirBestUnitInEachSearch() {
		UnitHits hits = new UnitHits(
				List.of(unit("refund#q0", "refund", UnitKind.QUESTION, 8.0, "refund", "take"),
						unit("card#t0", "card", UnitKind.TITLE, 4.0, "long"),
						unit("refund#t0", "refund", UnitKind.TITLE, 2.0, "refund")),
				List.of(unit("refund#q1", "refund", UnitKind.QUESTION, 0.92),
						unit("card#q0", "card", UnitKind.QUESTION, 0.80),
						unit("refund#q0", "refund", UnitKind.QUESTION, 0.85)));
		SearchResult result = this.fusion.fuse(this.question, hits, (u) -> false);
		CandidateArticle best = result.candidates().get(0);
		assertThat(best.id()).isEqualTo("refund");
		assertThat(best.score()).isCloseTo(0.7 * 0.92 + 0.3 * 1.0, within(1e-9));
		assertThat(best.cosine()).isEqualTo(0.92);
		assertThat(best.secondCosine()).isEqualTo(0.85);
		assertThat(best.vectorSupport()).isEqualTo(2);
		CandidateArticle second = result.candidates().get(1);
		assertThat(second.lexicalShare()).isEqualTo(0.5);
		assertThat(second.score()).isCloseTo(0.7 * 0.80 + 0.3 * 0.5, within(1e-9));
		assertThat(result.lexicalTop()).contains("refund");
		assertThat(result.vectorTop()).contains("refund");
	}

	@Test
	void questionWordsNoBm25HitContainsAreCountedAsUnmatched() {
		UnitHits hits = new UnitHits(
				List.of(unit("refund#q0", "refund", UnitKind.QUESTION, 8.0, "refund", "take"),
						unit("card#t0", "card", UnitKind.TITLE, 4.0, "long")),
				List.of(unit("refund#q0", "refund", UnitKind.QUESTION, 0.85),
						unit("card#t0", "card", UnitKind.TITLE, 0.80)));
		assertThat(this.fusion.fuse(this.question, hits, (u) -> false).unmatchedTokenShare()).isZero();
		// Leaving the card article out (as calibration does) leaves "long" unmatched.
		assertThat(this.fusion.fuse(this.question, hits, (u) -> u.articleId().equals("card")).unmatchedTokenShare())
			.isCloseTo(1.0 / 3, within(1e-9));
	}

	@Test
	void thirdCosineIsTheArticlesThirdNearestUnit() {
		UnitHits hits = new UnitHits(List.of(), List.of(unit("crowd#q0", "crowd", UnitKind.QUESTION, 0.89),
				unit("crowd#q1", "crowd", UnitKind.QUESTION, 0.88), unit("crowd#q2", "crowd", UnitKind.QUESTION, 0.87),
				unit("crowd#q3", "crowd", UnitKind.QUESTION, 0.86)));
		CandidateArticle best = this.fusion.fuse(this.question, hits, (u) -> false).candidates().get(0);
		assertThat(best.secondCosine()).isEqualTo(0.88);
		assertThat(best.thirdCosine()).isEqualTo(0.87);
	}

	@Test
	void unitVotingPrefersAnArticleSeveralOfWhoseUnitsAreNearOverOneNearDuplicate() {
		UnitHits hits = new UnitHits(List.of(), List.of(unit("single#q0", "single", UnitKind.QUESTION, 0.90),
				unit("crowd#q0", "crowd", UnitKind.QUESTION, 0.89), unit("crowd#q1", "crowd", UnitKind.QUESTION, 0.88),
				unit("crowd#q2", "crowd", UnitKind.QUESTION, 0.87),
				unit("other#q0", "other", UnitKind.QUESTION, 0.60)));
		SearchResult bestUnitOnly = new Fusion(1.0, 0).fuse(this.question, hits, (u) -> false);
		SearchResult voting = new Fusion(1.0, 0.5).fuse(this.question, hits, (u) -> false);
		assertThat(bestUnitOnly.candidates().get(0).id()).isEqualTo("single");
		assertThat(voting.candidates().get(0).id()).isEqualTo("crowd");
		assertThat(voting.candidates().get(0).score()).isCloseTo(0.5 * 0.89 + 0.5 * (0.88 + 0.87) / 2, within(1e-9));
		// Missing second and third units count as the lowest cosine returned.
		assertThat(voting.candidates().get(1).score()).isCloseTo(0.5 * 0.90 + 0.5 * 0.60, within(1e-9));
		// The cosine shown and used by calibration stays the best unit's.
		assertThat(voting.candidates().get(0).cosine()).isEqualTo(0.89);
	}

	@Test
	void voteSharesSumToOneAndFavourTheArticleOwningTheNearestUnits() {
		UnitHits hits = new UnitHits(List.of(), List.of(unit("a#q0", "a", UnitKind.QUESTION, 0.90),
				unit("a#q1", "a", UnitKind.QUESTION, 0.89), unit("b#q0", "b", UnitKind.QUESTION, 0.80)));
		List<CandidateArticle> candidates = this.fusion.fuse(this.question, hits, (u) -> false).candidates();
		double a = candidates.get(0).voteShare();
		double b = candidates.get(1).voteShare();
		assertThat(a + b).isCloseTo(1.0, within(1e-9));
		assertThat(a).isGreaterThan(0.95);
		assertThat(b).isCloseTo(
				Math.exp(-0.1 / Fusion.VOTE_TEMPERATURE)
						/ (1 + Math.exp(-0.01 / Fusion.VOTE_TEMPERATURE) + Math.exp(-0.1 / Fusion.VOTE_TEMPERATURE)),
				within(1e-9));
	}

	@Test
	void anArticleFoundByOneSearchOnlyGetsNothingFromTheOther() {
		UnitHits hits = new UnitHits(List.of(unit("a#t0", "a", UnitKind.TITLE, 3.0, "long")),
				List.of(unit("b#q0", "b", UnitKind.QUESTION, 0.9)));
		SearchResult result = this.fusion.fuse(this.question, hits, (u) -> false);
		assertThat(result.candidates()).extracting(CandidateArticle::id).containsExactly("b", "a");
		assertThat(result.candidates().get(1).cosine()).isZero();
		assertThat(result.candidates().get(0).lexicalScore()).isZero();
	}

	@Test
	void excludedUnitsAreIgnoredAsIfTheyWereNotIndexed() {
		UnitHits hits = new UnitHits(List.of(unit("a#q0", "a", UnitKind.QUESTION, 9.0, "long")),
				List.of(unit("a#q0", "a", UnitKind.QUESTION, 0.99), unit("b#q0", "b", UnitKind.QUESTION, 0.7)));
		SearchResult withoutArticle = this.fusion.fuse(this.question, hits, (u) -> u.articleId().equals("a"));
		assertThat(withoutArticle.candidates()).extracting(CandidateArticle::id).containsExactly("b");
		assertThat(withoutArticle.lexicalTop()).isEmpty();
	}

	@Test
	void theExplanationNamesTheUnitTermsSynonymsAndTyposThatMatched() {
		UnitHits hits = new UnitHits(
				List.of(unit("refund#q0", "refund", UnitKind.QUESTION, 8.0, "when", "monei", "back", "refund", "take")),
				List.of(unit("refund#t0", "refund", UnitKind.TITLE, 0.6)));
		CandidateArticle best = this.fusion.fuse(this.question, hits, (u) -> false).candidates().get(0);
		// The vector part dominates: the unit shown is the closest one by vector.
		assertThat(best.explanation().kind()).isEqualTo(UnitKind.TITLE);
		assertThat(best.explanation().dominantSignal()).contains("vector");
		assertThat(best.explanation().matchedTerms()).containsExactly("refund", "take");
		assertThat(best.explanation().synonyms()).extracting(SynonymExpansion::added).containsExactly("money back");
		assertThat(best.explanation().typos()).extracting(TypoCorrection::corrected).containsExactly("refund");
		assertThat(best.explanation().summary()).contains("title", "refund, take", "money back", "refnud -> refund");
		assertThat(best.explanation().lexicalContribution()).isCloseTo(0.3, within(1e-9));
		assertThat(best.explanation().vectorContribution()).isCloseTo(0.42, within(1e-9));
	}

	@Test
	void noHitsGiveNoCandidates() {
		assertThat(this.fusion.fuse(this.question, new UnitHits(List.of(), List.of()), (u) -> false).best()).isEmpty();
	}

	private static ScoredUnit unit(String id, String article, UnitKind kind, double score, String... tokens) {
		return new ScoredUnit(id, article, article + " title", Optional.empty(), ArticleStatus.PUBLISHED, kind,
				"text of " + id, List.of(tokens), score);
	}

}
