package dev.tandem.jira.internal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;

import static org.assertj.core.api.Assertions.assertThat;

class AdfTextTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void flattensWhatCustomersAndAgentsWriteInJiraCloud() {
		String adf = """
				{"type": "doc", "version": 1, "content": [
				  {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "Problem"}]},
				  {"type": "paragraph", "content": [
				    {"type": "mention", "attrs": {"id": "557058:a", "text": "@Alex Agent"}},
				    {"type": "text", "text": " my "},
				    {"type": "text", "text": "refund", "marks": [{"type": "strong"}, {"type": "em"}]},
				    {"type": "text", "text": " is late "},
				    {"type": "emoji", "attrs": {"shortName": ":angry:", "text": "😠"}},
				    {"type": "hardBreak"},
				    {"type": "text", "text": "order page", "marks": [{"type": "link", "attrs": {"href": "https://shop.example.com/o/42"}}]}]},
				  {"type": "orderedList", "attrs": {"order": 1}, "content": [
				    {"type": "listItem", "content": [
				      {"type": "paragraph", "content": [{"type": "text", "text": "paid"}]},
				      {"type": "bulletList", "content": [{"type": "listItem", "content": [
				        {"type": "paragraph", "content": [{"type": "text", "text": "by card"}]}]}]}]},
				    {"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "waited"}]}]}]},
				  {"type": "mediaSingle", "content": [{"type": "media", "attrs": {"id": "abc", "type": "file"}}]},
				  {"type": "panel", "attrs": {"panelType": "info"}, "content": [
				    {"type": "paragraph", "content": [{"type": "text", "text": "Note"}]}]},
				  {"type": "table", "content": [
				    {"type": "tableRow", "content": [
				      {"type": "tableHeader", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Order"}]}]},
				      {"type": "tableHeader", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Amount"}]}]}]},
				    {"type": "tableRow", "content": [
				      {"type": "tableCell", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "42"}]}]},
				      {"type": "tableCell", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "9.99"}]}]}]}]},
				  {"type": "codeBlock", "attrs": {"language": "json"}, "content": [{"type": "text", "text": "{\\"a\\": 1}"}]},
				  {"type": "paragraph", "content": [{"type": "inlineCard", "attrs": {"url": "https://status.example.com"}}]}]}
				""";

		assertThat(AdfText.toPlainText(this.json.readTree(adf))).isEqualTo("""
				Problem

				@Alex Agent my refund is late 😠
				order page (https://shop.example.com/o/42)

				1. paid
				  - by card
				2. waited

				Note

				Order | Amount
				42 | 9.99

				{"a": 1}

				https://status.example.com""");
	}

	@Test
	void anAbsentBodyIsEmptyText() {
		assertThat(AdfText.toPlainText(NullNode.getInstance())).isEmpty();
		assertThat(AdfText.toPlainText(MissingNode.getInstance())).isEmpty();
		assertThat(AdfText.toPlainText(this.json.readTree("{\"type\": \"doc\", \"version\": 1, \"content\": []}")))
			.isEmpty();
	}

	@Test
	void aLinkWhoseTextIsItsTargetAppearsOnce() {
		String adf = """
				{"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [
				  {"type": "text", "text": "https://x.example.com", "marks": [{"type": "link", "attrs": {"href": "https://x.example.com"}}]}]}]}
				""";

		assertThat(AdfText.toPlainText(this.json.readTree(adf))).isEqualTo("https://x.example.com");
	}

}
