package dev.tandem.admin.kb;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.StoredArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WithUserDetails("km")
class ArticleEditorTest extends BrowserlessUiTest {

	@Autowired
	KnowledgeBaseService service;

	@Autowired
	ArticleCatalog catalog;

	private String id;

	@BeforeEach
	void seedDraft() {
		this.id = "editor/" + UUID.randomUUID().toString().substring(0, 8);
		this.articles.save(ArticleContent.builder(this.id, "Refund time", "Refunds take **5 days**.")
			.status(ArticleStatus.DRAFT)
			.questions(List.of("when do I get my money back"))
			.build(), new ArticleChange("seed", ArticleSource.IMPORT, "seeded"));
		this.catalog.invalidate();
	}

	@Test
	void blankTitleIsShownNextToTheTitleAndNothingIsSaved() {
		ArticleEditor editor = openEditor(this.id);
		editor.title.setValue("   ");
		test(editor.save).click();
		assertThat(editor.title.isInvalid()).isTrue();
		assertThat(editor.title.getErrorMessage()).contains("title is blank");
		assertThat(this.articles.history(this.id)).hasSize(1);
	}

	@Test
	void malformedLanguageIsShownNextToTheLanguage() {
		ArticleEditor editor = openEditor(this.id);
		editor.language.setValue("not a language!");
		test(editor.save).click();
		assertThat(editor.language.isInvalid()).isTrue();
		assertThat(editor.language.getErrorMessage()).startsWith("Not a language such as en or zh-CN");
	}

	@Test
	void invalidIdOfANewArticleIsShownNextToTheId() {
		navigate("knowledge-base", KnowledgeBaseView.class);
		test(find(Button.class).id("kb-new")).click();
		ArticleEditor editor = find(ArticleEditor.class).single();
		editor.id.setValue("has blanks in it");
		editor.title.setValue("Title");
		editor.body.setValue("Body");
		test(editor.save).click();
		assertThat(editor.id.isInvalid()).isTrue();
		assertThat(editor.id.getErrorMessage()).contains("contains a blank");
	}

	@Test
	void publishingSavesANewPublishedVersionByTheSignedInUser() {
		ArticleEditor editor = openEditor(this.id);
		editor.body.setValue("Refunds take **3 days** now.");
		editor.questions.addQuestion("退款多久到账");
		editor.changeSummary.setValue("faster refunds");
		test(editor.publish).click();

		StoredArticle saved = this.articles.find(this.id).orElseThrow();
		assertThat(saved.content().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(saved.content().body()).isEqualTo("Refunds take **3 days** now.");
		assertThat(saved.content().questions()).containsExactly("when do I get my money back", "退款多久到账");
		assertThat(saved.version())
			.extracting(ArticleVersion::number, ArticleVersion::author, ArticleVersion::source,
					ArticleVersion::changeSummary)
			.containsExactly(2, "km", ArticleSource.UI, "faster refunds");
		assertThat(editor.isOpened()).isFalse();
	}

	@Test
	void archivingKeepsTheContentAndChangesOnlyTheStatus() {
		ArticleEditor editor = openEditor(this.id);
		test(editor.archive).click();
		StoredArticle saved = this.articles.find(this.id).orElseThrow();
		assertThat(saved.content().status()).isEqualTo(ArticleStatus.ARCHIVED);
		assertThat(saved.content().body()).isEqualTo("Refunds take **5 days**.");
	}

	@Test
	void restoringAnOldVersionSavesItAsTheNewestAndShowsTheDiff() {
		ArticleContent first = this.articles.find(this.id).orElseThrow().content();
		this.service.save(ArticleContent.builder(this.id, "Refund duration", first.body())
			.status(first.status())
			.questions(first.questions())
			.build(), "renamed");
		ArticleEditor editor = openEditor(this.id);
		test(editor.history).click();
		ArticleHistoryDialog history = find(ArticleHistoryDialog.class).single();
		assertThat(history.diff.getChildren().map((line) -> line.getElement().getText()))
			.contains("- title: Refund time", "+ title: Refund duration");

		history.versions.select(this.service.history(this.id).get(1));
		test(history.restore).click();

		StoredArticle current = this.articles.find(this.id).orElseThrow();
		assertThat(current.version().number()).isEqualTo(3);
		assertThat(current.version().changeSummary()).isEqualTo("restored version 1");
		assertThat(current.content().title()).isEqualTo("Refund time");
	}

	@Test
	void markdownPreviewRendersTheBodyWithoutRawHtml() {
		ArticleEditor editor = openEditor(this.id);
		editor.body.setValue("**bold** <script>alert(1)</script>");
		String html = editor.preview.getElement().getProperty("innerHTML");
		assertThat(html).contains("<strong>bold</strong>").doesNotContain("<script>");
	}

	@Test
	@WithUserDetails("manager")
	void managersCannotUseTheKnowledgeBaseServiceEvenWithoutTheView() {
		assertThatThrownBy(() -> this.service.find(ArticleQuery.everything(), 0, 10))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.changeStatus(this.id, ArticleStatus.PUBLISHED))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void closingAnUnchangedEditorDoesNotAsk() {
		ArticleEditor editor = openEditor(this.id);
		test(find(Button.class).id("article-cancel")).click();
		assertThat(editor.isOpened()).isFalse();
		assertThat(editor.unsavedChanges.question()).isEmpty();
	}

	@Test
	void closingWithUnsavedEditsAsksAndKeepsThemUntilTheyAreDiscarded() {
		ArticleEditor editor = openEditor(this.id);
		editor.body.setValue("Refunds take **3 days** now.");
		test(find(Button.class).id("article-cancel")).click();
		assertThat(editor.isOpened()).isTrue();
		assertThat(editor.body.getValue()).contains("3 days");

		confirm(editor.unsavedChanges.question().orElseThrow());
		assertThat(editor.isOpened()).isFalse();
		assertThat(this.articles.history(this.id)).hasSize(1);
	}

	private ArticleEditor openEditor(String articleId) {
		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		view.openEditor(articleId);
		return find(ArticleEditor.class).single();
	}

}
