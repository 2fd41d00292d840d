package dev.tandem.admin.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.connector.gaps.GapDrafts;
import dev.tandem.connector.gaps.GapExample;
import dev.tandem.connector.gaps.GapReport;
import dev.tandem.connector.gaps.GapTrend;
import dev.tandem.connector.gaps.KnowledgeGap;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.calibration.OutOfScopeExamples;
import dev.tandem.kb.harvest.ReviewItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@WithUserDetails("km")
class KnowledgeGapsViewTest extends BrowserlessUiTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	@Autowired
	KnowledgeGapsService service;

	/** Unique per test: the in-memory article store is shared by the tests of a run. */
	private String vpn;

	private String invoice;

	@BeforeEach
	void ids() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.vpn = "gap-vpn-" + suffix;
		this.invoice = "gap-invoice-" + suffix;
	}

	@Test
	void explainsWhenGapsAppearWhileNoneWereComputed() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.empty());

		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		assertThat(view.notComputed.isVisible()).isTrue();
		assertThat(view.notComputed.getText()).contains("at least two tickets about the same topic");
		assertThat(view.grid.isVisible()).isFalse();
		assertThat(view.recompute.isVisible()).isTrue();
	}

	@Test
	void listsTheGapsInTheirRankingWithVolumeTrendLanguagesAndWhenComputed() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.of(report()));

		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		assertThat(view.notComputed.isVisible()).isFalse();
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getRow(0).label()).isEqualTo("vpn tunnel drops");
		assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("volume"))).isEqualTo("6");
		assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("languages")))
			.isEqualTo("en 5 · zh 1");
		assertThat(((Span) test(view.grid).getCellComponent(0, "trend")).getText()).isEqualTo("↑ +200 %");
		assertThat(((Span) test(view.grid).getCellComponent(1, "trend")).getText()).isEqualTo("↑ new");
		assertThat(view.computed.getText()).contains("12 ticket(s) considered").contains("2 gap(s)");
		assertThat(view.period.getValue()).isEqualTo(30);
	}

	@Test
	void sortsByVolumeAndByTrend() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.of(report()));
		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		test(view.grid).sortByColumn("volume");
		assertThat(test(view.grid).getRow(0).id()).isEqualTo(this.invoice);

		test(view.grid).sortByColumn("trend", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
		assertThat(test(view.grid).getRow(0).id()).as("a new gap grows most").isEqualTo(this.invoice);
	}

	@Test
	void aDraftFromAGapOpensInTheReviewQueueAndTheGapIsNotDraftedTwice() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.of(report()));
		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		test((Button) test(view.grid).getCellComponent(0, "draft")).click();

		StoredArticle draft = this.articles.find(GapDrafts.articleId(this.vpn)).orElseThrow();
		assertThat(draft.content().status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.content().questions()).contains("VPN keeps disconnecting");
		assertThat(draft.version().author()).isEqualTo("km");
		assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("view-review-queue");
		@SuppressWarnings("unchecked")
		Grid<ReviewItem> queue = $(Grid.class).id("review-grid");
		assertThat(test(queue).getSelected()).extracting((item) -> item.draft().id()).containsExactly(draft.id());

		KnowledgeGapsView again = navigate("knowledge-gaps", KnowledgeGapsView.class);
		assertThat(again.grid.draftStatus(test(again.grid).getRow(0))).contains(ArticleStatus.DRAFT);
		Button open = (Button) test(again.grid).getCellComponent(0, "draft");
		assertThat(open.getText()).isEqualTo("Open draft");
	}

	@Test
	void recomputesForTheChosenPeriod() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.empty());
		when(this.knowledgeGaps.compute(any())).thenReturn(report());
		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		test(view.period).selectItem("Last 7 days");
		test(view.recompute).click();
		assertThat(view.computing.isVisible()).isTrue();
		view.running.join();
		runPendingAccessTasks();

		assertThat(view.computing.isVisible()).isFalse();
		assertThat(view.recompute.isEnabled()).isTrue();
		verify(this.knowledgeGaps).compute(Duration.ofDays(7));
		assertThat(view.grid.isVisible()).isTrue();
		assertThat(test(view.grid).size()).isEqualTo(2);
	}

	@Test
	void aFailedComputationIsShownAndCanBeTriedAgain() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.empty());
		when(this.knowledgeGaps.compute(any())).thenThrow(new IllegalStateException("embedding model failed"));
		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		test(view.recompute).click();
		view.running.join();
		runPendingAccessTasks();

		assertThat(view.error.isVisible()).isTrue();
		assertThat(view.error.getText()).contains("embedding model failed");
		assertThat(view.computing.isVisible()).isFalse();
		assertThat(view.recompute.isEnabled()).isTrue();
	}

	@Test
	void showsAnErrorWhenTheStoreFails() {
		when(this.knowledgeGaps.latest()).thenThrow(new IllegalStateException("cluster unavailable"));

		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		assertThat(view.error.isVisible()).isTrue();
		assertThat(view.error.getText()).contains("cluster unavailable");
	}

	@Test
	void aGapMarkedOutOfScopeAddsItsQuestionsToTheKnownOutOfScopeOnes() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.of(report()));
		AtomicReference<OutOfScopeExamples> stored = new AtomicReference<>(
				new OutOfScopeExamples(List.of("book a table")));
		when(this.calibrationService.outOfScopeExamples()).thenAnswer((invocation) -> stored.get());
		doAnswer((invocation) -> {
			stored.set(invocation.getArgument(0));
			return null;
		}).when(this.calibrationService).storeOutOfScopeExamples(any());
		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		test((Button) test(view.grid).getCellComponent(1, "out-of-scope")).click();

		// the example ticket's question as triage asked it, summary and description
		verify(this.calibrationService).storeOutOfScopeExamples(new OutOfScopeExamples(
				List.of("book a table", "Where do I add my VAT number?\n\nThe invoice has no field for it.")));
		assertThat(view.grid.isMarkedOutOfScope(test(view.grid).getRow(1))).isTrue();
		assertThat(test(view.grid).getCellComponent(1, "out-of-scope")).isInstanceOf(Span.class);
		assertThat(test(view.grid).getCellComponent(0, "out-of-scope")).isInstanceOf(Button.class);
	}

	@Test
	@WithUserDetails("manager")
	void managersReadGapsButNeitherRecomputeNorDraft() {
		when(this.knowledgeGaps.latest()).thenReturn(Optional.of(report()));

		KnowledgeGapsView view = navigate("knowledge-gaps", KnowledgeGapsView.class);

		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(view.recompute.isVisible()).isFalse();
		assertThat(view.period.isReadOnly()).isTrue();
		assertThat(test(view.grid).getCellComponent(0, "draft")).isNotInstanceOf(Button.class);
		assertThat(test(view.grid).getCellComponent(0, "out-of-scope")).isNotInstanceOf(Button.class);
		assertThatThrownBy(() -> this.service.markOutOfScope(report().gaps().get(0)))
			.isInstanceOf(AccessDeniedException.class);
		verify(this.calibrationService, never()).storeOutOfScopeExamples(any());
		assertThatThrownBy(() -> this.service.createDraft(this.vpn)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.recompute(Duration.ofDays(30))).isInstanceOf(AccessDeniedException.class);
		verify(this.knowledgeGaps, never()).compute(any());
	}

	private GapReport report() {
		KnowledgeGap vpnGap = new KnowledgeGap(this.vpn, "vpn tunnel drops", 6, 2, GapTrend.RISING, 1,
				List.of(new GapExample("SUP-12", "VPN keeps disconnecting", "en", NOW.minus(Duration.ofDays(1))),
						new GapExample("SUP-9", "VPN 隧道断开", "zh", NOW.minus(Duration.ofDays(3)))),
				Map.of("en", 5, "zh", 1), Map.of("network", 6), 10.0);
		KnowledgeGap invoiceGap = new KnowledgeGap(this.invoice, "invoice vat number", 3, 0, GapTrend.NEW, 0,
				List.of(new GapExample("SUP-20", "Where do I add my VAT number?", "en", NOW,
						"Where do I add my VAT number?\n\nThe invoice has no field for it.")),
				Map.of("en", 3), Map.of(), 6.0);
		return new GapReport(NOW, NOW.minus(Duration.ofDays(30)), NOW, NOW.minus(Duration.ofDays(60)), 12,
				List.of(vpnGap, invoiceGap), 850);
	}

}
