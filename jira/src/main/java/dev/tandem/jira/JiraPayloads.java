package dev.tandem.jira;

import dev.tandem.jira.internal.AdfRenderer;
import dev.tandem.jira.internal.AdfText;
import dev.tandem.jira.internal.JiraDialect;
import dev.tandem.jira.internal.JiraJson.UnreadableResponse;
import dev.tandem.jira.internal.JiraReader;
import dev.tandem.jira.internal.WikiMarkupRenderer;
import dev.tandem.jira.internal.WikiMarkupText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jira's JSON and text formats for code that receives Jira data without calling Jira
 * (webhook deliveries) or needs a body in Jira's format.
 */
public final class JiraPayloads {

	private static final JsonMapper json = JsonMapper.builder().build();

	private JiraPayloads() {
	}

	/**
	 * An issue as found in webhook deliveries and REST answers ({@code {"id", "key",
	 * "fields": {...}}}).
	 * @throws IllegalArgumentException naming what is missing when it is not a Jira issue
	 */
	public static JiraIssue issue(JsonNode issue, JiraFlavor flavor) {
		try {
			return new JiraReader(JiraDialect.of(flavor), json).issue(issue, issue.path("schema"));
		}
		catch (UnreadableResponse ex) {
			throw new IllegalArgumentException("not a Jira issue: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A comment as found in {@code comment_created} deliveries and REST answers.
	 * @throws IllegalArgumentException naming what is missing when it is not a Jira
	 * comment
	 */
	public static JiraComment comment(JsonNode comment, JiraFlavor flavor) {
		try {
			return new JiraReader(JiraDialect.of(flavor), json).comment(comment);
		}
		catch (UnreadableResponse ex) {
			throw new IllegalArgumentException("not a Jira comment: " + ex.getMessage(), ex);
		}
	}

	/** Plain text of a Jira body: an ADF document (object) or wiki markup (string). */
	public static String plainText(JsonNode body) {
		return body.isString() ? WikiMarkupText.toPlainText(body.asString()) : AdfText.toPlainText(body);
	}

	/** Plain text of wiki markup. */
	public static String plainTextOfWikiMarkup(String wiki) {
		return WikiMarkupText.toPlainText(wiki);
	}

	/** The document as Atlassian Document Format (Cloud). */
	public static JsonNode adf(JiraDocument document) {
		return AdfRenderer.render(document);
	}

	/** The document as wiki markup (Data Center, service desk API). */
	public static String wikiMarkup(JiraDocument document) {
		return WikiMarkupRenderer.render(document);
	}

}
