package dev.tandem.jira.internal;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraDocument.Mark;
import dev.tandem.jira.JiraDocument.Text;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static dev.tandem.jira.JiraDocument.bold;
import static dev.tandem.jira.JiraDocument.bulletList;
import static dev.tandem.jira.JiraDocument.code;
import static dev.tandem.jira.JiraDocument.codeBlock;
import static dev.tandem.jira.JiraDocument.link;
import static dev.tandem.jira.JiraDocument.paragraph;
import static dev.tandem.jira.JiraDocument.text;
import static org.assertj.core.api.Assertions.assertThat;

class AdfRendererTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void rendersEveryElementOfTheDocumentModel() {
		JiraDocument document = JiraDocument.of(
				paragraph(text("Hi "), bold("Casey"), text(", run "), code("tandem --help"),
						new JiraDocument.LineBreak(), link("the guide", "https://help.example.com/guide")),
				bulletList(paragraph(text("one")), paragraph(bold("two"))), codeBlock("line 1\nline 2"));

		assertThat(AdfRenderer.render(document)).isEqualTo(this.json.readTree(
				"""
						{"type": "doc", "version": 1, "content": [
						  {"type": "paragraph", "content": [
						    {"type": "text", "text": "Hi "},
						    {"type": "text", "text": "Casey", "marks": [{"type": "strong"}]},
						    {"type": "text", "text": ", run "},
						    {"type": "text", "text": "tandem --help", "marks": [{"type": "code"}]},
						    {"type": "hardBreak"},
						    {"type": "text", "text": "the guide", "marks": [{"type": "link", "attrs": {"href": "https://help.example.com/guide"}}]}]},
						  {"type": "bulletList", "content": [
						    {"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "one"}]}]},
						    {"type": "listItem", "content": [{"type": "paragraph", "content": [
						      {"type": "text", "text": "two", "marks": [{"type": "strong"}]}]}]}]},
						  {"type": "codeBlock", "content": [{"type": "text", "text": "line 1\\nline 2"}]}]}
						"""));
	}

	@Test
	void codeIsNeverCombinedWithBoldBecauseAdfForbidsIt() {
		JiraDocument document = JiraDocument.of(paragraph(new Text("x", Mark.BOLD, Mark.CODE)));

		assertThat(AdfRenderer.render(document).at("/content/0/content/0/marks").toString())
			.isEqualTo("[{\"type\":\"code\"}]");
	}

	@Test
	void leavesOutEmptyTextNodesWhichAdfRejects() {
		JiraDocument document = JiraDocument.of(paragraph(text(""), text("a")), codeBlock(""));

		assertThat(AdfRenderer.render(document).toString()).isEqualTo("""
				{"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"a"}]},\
				{"type":"codeBlock","content":[]}]}""");
	}

	@Test
	void keepsMarkupCharactersAsPlainText() {
		JiraDocument document = JiraDocument.plainText("*not bold* <b>nor this</b> {code}");

		assertThat(AdfRenderer.render(document).at("/content/0/content/0/text").asString())
			.isEqualTo("*not bold* <b>nor this</b> {code}");
	}

	@Test
	void readsBackAsTheDocumentsPlainText() {
		JiraDocument document = JiraDocument.of(
				paragraph(text("Hello "), bold("you"), new JiraDocument.LineBreak(),
						link("docs", "https://d.example.com")),
				bulletList(paragraph(text("a")), paragraph(text("b"))), codeBlock("x = 1"));

		assertThat(AdfText.toPlainText(AdfRenderer.render(document))).isEqualTo(document.toPlainText());
	}

}
