package dev.tandem.jira;

/**
 * Which Jira product Tandem talks to. The flavour decides the REST version, the text
 * format of bodies and how users are identified.
 */
public enum JiraFlavor {

	/**
	 * Jira Cloud: REST v3, Atlassian Document Format bodies, users by accountId, basic
	 * auth with an API token.
	 */
	CLOUD,

	/**
	 * Jira Data Center / Server: REST v2, wiki-markup bodies, users by name, bearer
	 * personal access token.
	 */
	DATA_CENTER

}
