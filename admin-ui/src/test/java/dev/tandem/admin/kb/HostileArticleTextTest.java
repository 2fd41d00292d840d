package dev.tandem.admin.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article text comes from imports and from tickets (drafts made from resolutions), so it
 * may hold markup meant to run in an admin's browser. The knowledge base list, the editor
 * and its preview show it as text: no element of the page gets it as HTML.
 */
@WithUserDetails("km")
class HostileArticleTextTest extends BrowserlessUiTest {

	static final String IMG = "<img src=x onerror=\"window.tandemXss=1\">";

	static final String SCRIPT = "<script>window.tandemXss=1</script>";

	@Autowired
	ArticleCatalog catalog;

	@Test
	void hostileTitleAndBodyAreShownAsTextInTheListTheEditorAndThePreview() {
		String id = "xss/" + UUID.randomUUID().toString().substring(0, 8);
		this.articles.save(ArticleContent
			.builder(id, "Refund " + IMG,
					"Body " + SCRIPT + "\n\n" + IMG
							+ "\n\n[click](javascript:window.tandemXss=1)\n\n![x](x\" onerror=\"window.tandemXss=1)")
			.status(ArticleStatus.PUBLISHED)
			.category("billing " + SCRIPT)
			.build(), new ArticleChange("seed", ArticleSource.IMPORT, "seeded"));
		this.catalog.invalidate();

		KnowledgeBaseView view = navigate("knowledge-base", KnowledgeBaseView.class);
		assertThat(markupInPage()).isEmpty();

		view.openEditor(id);
		ArticleEditor editor = find(ArticleEditor.class).single();
		assertThat(editor.preview.getElement().getProperty("innerHTML")).contains("&lt;script&gt;")
			.contains("&lt;img src=x")
			.doesNotContain("javascript:");
		assertThat(markupInPage()).isEmpty();
	}

	/** Elements whose HTML (not text) holds the hostile markup. */
	private static List<String> markupInPage() {
		List<String> found = new ArrayList<>();
		collect(UI.getCurrent().getElement(), found);
		return found;
	}

	private static void collect(Element element, List<String> found) {
		String html = element.getProperty("innerHTML");
		if (html != null && (html.contains("<script") || html.contains("<img src=x")
				|| html.matches("(?s).*<[^>]+\\son\\w+\\s*=.*") || html.contains("javascript:"))) {
			found.add(element.getTag() + ": " + html);
		}
		for (String attribute : element.getAttributeNames().toList()) {
			if (attribute.startsWith("on")) {
				found.add(element.getTag() + " has attribute " + attribute);
			}
		}
		element.getChildren().forEach((child) -> collect(child, found));
	}

}
