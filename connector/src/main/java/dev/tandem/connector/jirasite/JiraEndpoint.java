package dev.tandem.connector.jirasite;

import dev.tandem.jira.JiraProperties;

/**
 * Where the connector's Jira is when it is not {@code tandem.jira.*} (the demo sandbox
 * provides one). Asked lazily: the sandbox knows its URL only once the server listens.
 */
@FunctionalInterface
public interface JiraEndpoint {

	JiraProperties properties();

}
