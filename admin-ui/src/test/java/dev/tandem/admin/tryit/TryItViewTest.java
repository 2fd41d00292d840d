package dev.tandem.admin.tryit;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

class TryItViewTest extends BrowserlessUiTest {

	private static final ArticleMatch REFUND = new ArticleMatch("try-it/refund-time", "How long a refund takes",
			Optional.of("billing"), ArticleStatus.PUBLISHED, 0.91, new MatchExplanation(UnitKind.QUESTION,
					"when do I get my money back", 0.2, 0.7, 0.93, List.of("refund"), List.of(), List.of()));

	@BeforeEach
	void publishRefundArticle() {
		if (this.articles.find(REFUND.id()).isEmpty()) {
			this.articles.save(ArticleContent.builder(REFUND.id(), REFUND.title(), "Refunds take **5 days**.")
				.answer("A refund reaches your account within 5 working days.")
				.category("billing")
				.status(ArticleStatus.PUBLISHED)
				.build(), new ArticleChange("seed", ArticleSource.IMPORT, "seeded"));
		}
	}

	@Test
	@WithUserDetails("manager")
	void answerableTicketShowsAutoAnswerWithConfidenceArticlesAndReasons() {
		when(this.answerRetriever.retrieve(anyString(), any()))
			.thenReturn(new RetrievalResult(true, 0.97, "en", List.of(REFUND), 0.8, Optional.empty()));
		TryItView view = navigate("try-it", TryItView.class);
		view.summary.setValue("Refund not received");
		view.description.setValue("How long does a refund take? Mail me at jane.doe@example.com");
		test(view.tryIt).click();

		assertThat(find(Span.class).id("try-it-decision").getText()).isEqualTo("Tandem answers");
		assertThat(find(Span.class).id("try-it-confidence").getText())
			.isEqualTo("Confidence 0.97 (auto-answer threshold 0.80)");
		assertThat(find(Pre.class).id("try-it-masked").getText()).doesNotContain("jane.doe@example.com")
			.contains("Refund not received");
		assertThat(find(UnorderedList.class).id("try-it-reasons").getElement().getTextRecursively())
			.contains("“How long a refund takes” answers it with confidence 0.97");
		assertThat(find(Span.class).withClassName("tandem-article-why").single().getText())
			.contains("example question \"when do I get my money back\"");
	}

	@Test
	@WithUserDetails("chen")
	void chineseTicketIsReadAndShownInChinese() {
		when(this.answerRetriever.retrieve(anyString(), any()))
			.thenReturn(new RetrievalResult(false, 0.1, "zh", List.of(), 0.8, Optional.empty()));
		TryItView view = navigate("try-it", TryItView.class);
		view.summary.setValue("退款还没到账，太差劲了！");
		view.description.setValue("我要投诉，马上给我人工客服！我的手机号是 13812345678");
		test(view.tryIt).click();

		assertThat(find(Span.class).id("try-it-decision").getText()).isEqualTo("转人工处理");
		assertThat(view.result.getElement().getTextRecursively()).contains("中文").contains("知识库中没有与此工单匹配的文章。");
		assertThat(find(Pre.class).id("try-it-masked").getText()).doesNotContain("13812345678");
	}

	@Test
	@WithUserDetails("km")
	void ticketTextIsShownAsTextNeverAsMarkup() {
		when(this.answerRetriever.retrieve(anyString(), any()))
			.thenReturn(new RetrievalResult(false, 0.1, "en", List.of(), 0.8, Optional.empty()));
		TryItView view = navigate("try-it", TryItView.class);
		view.summary.setValue("<img src=x onerror=alert(1)>");
		test(view.tryIt).click();
		Pre masked = find(Pre.class).id("try-it-masked");
		assertThat(masked.getText()).contains("<img src=x onerror=alert(1)>");
		assertThat(masked.getChildren()).isEmpty();
	}

	@Test
	@WithUserDetails("admin")
	void decisionIsTheConnectorsTriageNotTheDefaultRules() {
		// retrieval calls it answerable, but the article has no stored answer: the
		// connector's triage cannot answer with it, the default rules alone would
		ArticleMatch unknown = new ArticleMatch("try-it/not-stored", "Not stored", Optional.of("billing"),
				ArticleStatus.PUBLISHED, 0.91, REFUND.explanation());
		when(this.answerRetriever.retrieve(anyString(), any()))
			.thenReturn(new RetrievalResult(true, 0.97, "en", List.of(unknown), 0.8, Optional.empty()));
		TryItView view = navigate("try-it", TryItView.class);
		view.summary.setValue("How long does a refund take?");
		test(view.tryIt).click();

		assertThat(find(Span.class).id("try-it-decision").getText()).isNotEqualTo("Tandem answers");
		assertThat(find(UnorderedList.class).id("try-it-reasons").getElement().getTextRecursively())
			.contains("The policy in force (version");
	}

	@Test
	@WithUserDetails("km")
	void emptyTicketAsksForText() {
		TryItView view = navigate("try-it", TryItView.class);
		test(view.tryIt).click();
		assertThat(view.summary.isInvalid()).isTrue();
		assertThat(view.summary.getErrorMessage()).isEqualTo("Enter a summary or a description.");
	}

}
