package dev.tandem.jira.internal;

import java.util.Optional;

import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraFlavor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What differs between Jira Cloud and Data Center: REST version, text format, user
 * identity and search paging. Everything else is the same code.
 */
public sealed interface JiraDialect permits CloudDialect, DataCenterDialect {

	static JiraDialect of(JiraFlavor flavor) {
		return switch (flavor) {
			case CLOUD -> new CloudDialect();
			case DATA_CENTER -> new DataCenterDialect();
		};
	}

	JiraFlavor flavor();

	/** Platform REST prefix, e.g. {@code /rest/api/3}. */
	String api();

	/**
	 * A document in the platform API's body format (ADF object or wiki-markup string).
	 */
	JsonNode body(JiraDocument document);

	/** Plain text of a platform API body (description, comment). */
	String text(JsonNode body);

	/** The JSON naming a user in requests ({@code null} id: nobody). */
	ObjectNode userReference(String userId);

	/** The stable id of a user in a response. */
	Optional<String> userId(JsonNode user);

	/** The search call for one page. */
	JiraRequest searchRequest(String jql, Optional<String> pageToken, int maxResults);

	/** The token of the page after this answer, empty on the last page. */
	Optional<String> nextPageToken(JsonNode answer, Optional<String> pageToken);

}
