package dev.tandem.kb.answering;

import java.time.Clock;
import java.util.List;

import dev.tandem.kb.calibration.AnsweringSettings;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.calibration.Calibrator;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.IndexingProgress;
import dev.tandem.kb.retrieval.RetrievalFixtures;
import dev.tandem.kb.retrieval.RetrievalStack;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerRetrieverIT {

	private static IndexNames names;

	private static RetrievalStack stack;

	private static CalibrationService calibration;

	private static AnswerRetriever retriever;

	@BeforeAll
	static void indexAndCalibrate() {
		names = SharedElasticsearch.indexNames("answers");
		stack = RetrievalFixtures.stack(names);
		stack.indexer().index(RetrievalFixtures.articles(), IndexingProgress.none());
		calibration = CalibrationService.create(stack.search(), SharedElasticsearch.connection(), names,
				AnsweringSettings.defaults(), Clock.systemUTC());
		calibration.recalibrate((done) -> {
		});
		retriever = new AnswerRetriever(stack.search(), calibration);
	}

	@AfterAll
	static void cleanUp() {
		SharedElasticsearch.deleteIndices(names);
	}

	@Test
	void theFixtureKnowledgeBaseIsCalibratedFromItsExampleQuestions() {
		Calibration current = retriever.calibration();
		assertThat(current.calibrated()).isTrue();
		assertThat(current.inScopeQuestions()).isEqualTo(46);
		assertThat(current.curve()).isNotEmpty();
		assertThat(calibration.isStale()).isFalse();
	}

	@Test
	void aQuestionNothingCoversFallsBelowTheThreshold() {
		for (String question : List.of("what is the capital of France", "recommend a good pizza recipe",
				"巴黎是哪个国家的首都")) {
			RetrievalResult result = retriever.retrieve(question, RetrievalOptions.defaults());
			assertThat(result.answerable()).as(question).isFalse();
			assertThat(result.confidence()).as(question).isLessThan(result.threshold());
		}
	}

	@Test
	void aCoveredQuestionRanksItsArticleFirstWithAnExplanation() {
		RetrievalResult result = retriever.retrieve("I forgot my password, how do I reset it?",
				RetrievalOptions.defaults());
		assertThat(result.best()).map(ArticleMatch::id).contains("reset-password");
		assertThat(result.language()).isEqualTo("en");
		assertThat(result.articles()).hasSizeLessThanOrEqualTo(5);
		assertThat(result.confidence()).isBetween(0.0, 1.0);
		assertThat(result.best().orElseThrow().explanation().summary()).contains("password");
	}

	@Test
	void draftsNeverAnswerAutomatically() {
		RetrievalResult result = retriever.retrieve("what is the guest wifi password",
				RetrievalOptions.defaults().withFilter(dev.tandem.kb.retrieval.RetrievalFilter.publishedAndDrafts()));
		assertThat(result.best()).map(ArticleMatch::id).contains("draft-wifi");
		assertThat(result.answerable()).isFalse();
	}

	@Test
	void aTinyKnowledgeBaseGetsAFlaggedConservativeDefault() {
		IndexNames tiny = SharedElasticsearch.indexNames("tiny");
		try {
			RetrievalStack tinyStack = RetrievalFixtures.stack(tiny);
			tinyStack.indexer().index(RetrievalFixtures.articles().subList(0, 2), IndexingProgress.none());
			Calibration result = new Calibrator(tinyStack.search(), Clock.systemUTC())
				.calibrate(AnsweringSettings.defaults(), (done) -> {
				});
			assertThat(result.calibrated()).isFalse();
			assertThat(result.warning()).hasValueSatisfying((w) -> assertThat(w).contains("only 10 example questions"));
			assertThat(result.threshold()).isGreaterThanOrEqualTo(0.9);
		}
		finally {
			SharedElasticsearch.deleteIndices(tiny);
		}
	}

}
