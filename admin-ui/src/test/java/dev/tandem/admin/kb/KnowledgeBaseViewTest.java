package dev.tandem.admin.kb;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.connector.outcomes.ArticleEffectiveness;
import dev.tandem.kb.answering.ArticleMatch;
import dev.tandem.kb.answering.RetrievalResult;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.MatchExplanation;
import dev.tandem.kb.retrieval.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

@WithUserDetails("km")
class KnowledgeBaseViewTest extends BrowserlessUiTest {

	@Autowired
	ArticleCatalog catalog;

	/** Unique per test: the in-memory store is shared by the tests of a run. */
	private String prefix;

	@BeforeEach
	void seed() {
		this.prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
		store(article("refund", "Refund time " + this.prefix, ArticleStatus.PUBLISHED).category("billing")
			.language("en"));
		store(article("password", "Reset password " + this.prefix, ArticleStatus.DRAFT).category("account")
			.language("zh-CN"));
		store(article("old", "Old fax " + this.prefix, ArticleStatus.ARCHIVED).category("account").language("en"));
		this.catalog.invalidate();
	}

	@Test
	void listsEveryArticleAndFiltersByTitle() {
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		test(view.mode).selectItem("Title or id contains");
		test(view.search).setValue(this.prefix);
		// ordered by id
		assertThat(titles(view.grid)).containsExactly("Old fax " + this.prefix, "Reset password " + this.prefix,
				"Refund time " + this.prefix);
	}

	@Test
	void filtersByStatusCategoryAndLanguage() {
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		test(view.mode).selectItem("Title or id contains");
		test(view.search).setValue(this.prefix);
		test(view.status).selectItem("Draft");
		assertThat(titles(view.grid)).containsExactly("Reset password " + this.prefix);

		test(view.status).selectItem("Any status");
		view.category.setValue("account");
		assertThat(titles(view.grid)).containsExactlyInAnyOrder("Reset password " + this.prefix,
				"Old fax " + this.prefix);
		view.language.setValue("en");
		assertThat(titles(view.grid)).containsExactly("Old fax " + this.prefix);
	}

	@Test
	void freeTextSearchRanksThroughRetrievalWithDraftsIncluded() {
		ArticleMatch match = new ArticleMatch(this.prefix + "/password", "Reset password", Optional.of("account"),
				ArticleStatus.DRAFT, 0.87, new MatchExplanation(UnitKind.TITLE, "Reset password", 0.3, 0.6, 0.9,
						List.of("password"), List.of(), List.of()));
		when(this.answerRetriever.retrieve(eq("forgot my password"), any()))
			.thenReturn(new RetrievalResult(false, 0.4, "en", List.of(match), 0.8, Optional.empty()));
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		test(view.search).setValue("forgot my password");
		assertThat(titles(view.grid)).containsExactly("Reset password " + this.prefix);
		assertThat(view.grid.getColumnByKey("score").isVisible()).isTrue();
	}

	@Test
	void pagesLazilyThroughThousandsOfArticles() {
		for (int i = 0; i < 1500; i++) {
			store(article("bulk/" + i, "Bulk " + this.prefix + " " + i, ArticleStatus.PUBLISHED));
		}
		this.catalog.invalidate();
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		test(view.mode).selectItem("Title or id contains");
		test(view.search).setValue("Bulk " + this.prefix);
		assertThat(test(view.grid).size()).isEqualTo(1500);
		assertThat(view.grid.getDataCommunicator().getItemCount()).isEqualTo(1500);
	}

	@Test
	void showsTheStoreBeingUnavailableInsteadOfFailing() {
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		when(this.answerRetriever.retrieve(any(), any())).thenThrow(new IllegalStateException("connection refused"));
		test(view.search).setValue("anything");
		assertThat(view.error.isVisible()).isTrue();
		assertThat(view.error.getText()).contains("connection refused");
	}

	@Test
	void showsEachArticlesEffectivenessAndFiltersToFailingOnes() {
		giveOutcomes();
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		test(view.mode).selectItem("Title or id contains");
		test(view.search).setValue(this.prefix);

		ArticleSummary refund = row(view, "Refund time " + this.prefix);
		assertThat(refund.effectiveness().shown()).isEqualTo(12);
		assertThat(refund.performance()).isEqualTo(AnswerPerformance.FAILING);
		EffectivenessCell cell = (EffectivenessCell) test(view.grid).getCellComponent(
				titles(view.grid).indexOf("Refund time " + this.prefix), KnowledgeBaseService.EFFECTIVENESS);
		assertThat(cell.getElement().getAttribute("title")).isEqualTo(
				"Shown in 12 automatic answer(s): 2 accepted, 3 rejected, 2 reopened, 5 closed without reply, 5 durable, 0 waiting for the customer; 12 settled.");
		assertThat(cell.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
			.isEqualTo("42 % failingFlagged");

		test(view.performance).selectItem("Failing or flagged");
		assertThat(titles(view.grid)).containsExactly("Refund time " + this.prefix);
		test(view.performance).selectItem("Answering well");
		assertThat(titles(view.grid)).containsExactly("Reset password " + this.prefix);
		test(view.performance).selectItem("Never shown");
		assertThat(titles(view.grid)).containsExactly("Old fax " + this.prefix);
	}

	@Test
	void sortsByEffectivenessWorstFirst() {
		giveOutcomes();
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		test(view.mode).selectItem("Title or id contains");
		test(view.search).setValue(this.prefix);

		test(view.grid).sortByColumn(KnowledgeBaseService.EFFECTIVENESS, SortDirection.DESCENDING);

		assertThat(titles(view.grid)).containsExactly("Refund time " + this.prefix, "Reset password " + this.prefix,
				"Old fax " + this.prefix);
		assertThat(view.grid.getColumnByKey(KnowledgeBaseService.EFFECTIVENESS).isSortable()).isTrue();
	}

	/**
	 * Refund: 5 failures of 12 settled answers (flagged); password: 1 of 10 (answering
	 * well); the fax article was never shown.
	 */
	private void giveOutcomes() {
		when(this.articleOutcomes.all())
			.thenReturn(List.of(ArticleEffectiveness.of(this.prefix + "/refund", 12, 2, 3, 2, 5, 5, 7, 0, 10, 0.3),
					ArticleEffectiveness.of(this.prefix + "/password", 11, 8, 1, 0, 2, 3, 9, 1, 10, 0.3)));
	}

	private ArticleSummary row(KnowledgeBaseView view, String title) {
		return test(view.grid).getRow(titles(view.grid).indexOf(title));
	}

	@Test
	@WithUserDetails("admin")
	void viewIsNotProxiedAndOpensForAdmins() {
		navigate("knowledge-base", TandemView.class);
		assertThat(getCurrentView()).isInstanceOf(KnowledgeBaseView.class);
	}

	private List<String> titles(Grid<ArticleSummary> grid) {
		int size = test(grid).size();
		return java.util.stream.IntStream.range(0, size).mapToObj((i) -> test(grid).getRow(i).title()).toList();
	}

	private ArticleContent.Builder article(String id, String title, ArticleStatus status) {
		return ArticleContent.builder(this.prefix + "/" + id, title, "Body of " + title).status(status);
	}

	private void store(ArticleContent.Builder article) {
		this.articles.save(article.build(), new ArticleChange("seed", ArticleSource.IMPORT, "seeded"));
	}

}
