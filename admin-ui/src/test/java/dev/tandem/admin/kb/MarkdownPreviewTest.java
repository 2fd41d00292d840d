package dev.tandem.admin.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownPreviewTest {

	@Test
	void rendersMarkdown() {
		assertThat(MarkdownPreview.render("# Refunds\n\n- *five* days")).contains("<h1>Refunds</h1>")
			.contains("<em>five</em>");
	}

	@Test
	void escapesRawHtmlInsteadOfPassingItThrough() {
		String html = MarkdownPreview.render("<img src=x onerror=alert(1)>\n\n<b>hi</b>");
		assertThat(html).doesNotContain("<img").doesNotContain("<b>").contains("&lt;img");
	}

	@Test
	void dropsScriptLinks() {
		String html = MarkdownPreview.render("[click](javascript:alert(1)) ![x](data:text/html,boom)");
		assertThat(html).doesNotContain("javascript:").doesNotContain("data:text");
	}

}
