package dev.tandem.admin;

import java.time.Clock;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.tandem.connector.gaps.KnowledgeGaps;
import dev.tandem.connector.outcomes.ArticleOutcomes;
import dev.tandem.connector.reporting.Reporting;
import dev.tandem.kb.analysis.SynonymStore;
import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.InMemoryArticleRepository;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.calibration.OutOfScopeExamples;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * Base of browserless view tests: the whole application context (shared by every
 * subclass), the {@code test} profile's accounts, a simulated browser session. Sign in
 * with {@code @WithUserDetails("admin")} (see {@link TestAccount}) or
 * {@code @WithMockUser}.
 * <p>
 * Nothing reaches Elasticsearch: articles live in memory ({@link #articles}, shared by
 * the tests of a run, so each test uses its own ids), and retrieval, calibration and
 * synonyms are Mockito mocks, reset after every test; calibration answers
 * {@link TestCalibrations#sample()} unless a test says otherwise. The connector's
 * {@link Reporting} is a mock answering an empty report ({@link SampleReports}), and
 * {@link KnowledgeGaps} and {@link ArticleOutcomes} are mocks with nothing. Whatever else
 * the connector in the context touches uses the build's shared test Elasticsearch with an
 * index prefix of its own ({@link TestElasticsearch}).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(BrowserlessUiTest.KnowledgeBaseFakes.class)
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

	@Autowired
	protected ArticleRepository articles;

	@MockitoBean
	protected AnswerRetriever answerRetriever;

	@MockitoBean
	protected CalibrationService calibrationService;

	@MockitoBean
	protected SynonymStore synonymStore;

	/**
	 * The dashboards' data source; answers an empty report unless a test says otherwise.
	 */
	@MockitoBean
	protected Reporting reporting;

	/**
	 * The knowledge-gap reports (computing one embeds tickets); answers no report unless
	 * a test says otherwise. Drafts from gaps go to {@link #articles}.
	 */
	@MockitoBean
	protected KnowledgeGaps knowledgeGaps;

	/** Articles' answer outcomes; none unless a test says otherwise. */
	@MockitoBean
	protected ArticleOutcomes articleOutcomes;

	@BeforeEach
	void defaultCalibration() {
		when(this.calibrationService.current()).thenReturn(TestCalibrations.sample());
		when(this.calibrationService.outOfScopeExamples()).thenReturn(OutOfScopeExamples.NONE);
		when(this.reporting.report(any())).thenAnswer((call) -> SampleReports.empty(call.getArgument(0)));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class KnowledgeBaseFakes {

		@Bean
		@Primary
		ArticleRepository inMemoryArticleRepository(Clock clock) {
			return new InMemoryArticleRepository(clock);
		}

	}

	/** Clicks a confirmation dialog's confirm button. */
	protected static void confirm(ConfirmDialog dialog) {
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
	}

	/**
	 * Runs what background work handed to the UI with {@code UI.access} (the test holds
	 * the session lock, so those tasks wait for it).
	 */
	protected static void runPendingAccessTasks() {
		VaadinSession session = VaadinSession.getCurrent();
		session.getService().runPendingAccessTasks(session);
	}

}
