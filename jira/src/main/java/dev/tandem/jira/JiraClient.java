package dev.tandem.jira;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tandem's port to Jira, the same for Cloud and Data Center. Every failure is a
 * {@link JiraException} that says whether retrying can help. Issue keys are like
 * {@code SUP-42}; user ids are {@link JiraUser#id()} (accountId on Cloud, user name on
 * Data Center).
 * <p>
 * Create one with {@link JiraClientFactory}; Spring provides one when
 * {@code tandem.jira.base-url} is set.
 */
public interface JiraClient {

	JiraFlavor flavor();

	/**
	 * The account Tandem acts as (to recognise its own comments); also a cheap
	 * credentials check.
	 */
	JiraUser myself();

	/** An issue without comments. */
	default JiraIssue issue(String issueKey) {
		return issue(issueKey, false);
	}

	/** An issue, with all its comments when asked (one more call per 100 comments). */
	JiraIssue issue(String issueKey, boolean withComments);

	/** All comments of an issue, oldest first. */
	List<JiraComment> comments(String issueKey);

	/** A comment the customer sees. */
	JiraComment addPublicReply(String issueKey, JiraDocument body);

	/** A comment only agents see (how: {@code tandem.jira.internal-notes}). */
	JiraComment addInternalNote(String issueKey, JiraDocument body);

	/** Assigns the issue to a user by {@link JiraUser#id()}. */
	void assign(String issueKey, String userId);

	void unassign(String issueKey);

	/**
	 * Labels, priority and custom fields in one write. Does nothing for an empty edit.
	 */
	void edit(String issueKey, IssueEdit edit);

	/** Transitions the issue can take now. */
	List<Transition> transitions(String issueKey);

	/**
	 * Performs the transition whose id equals {@code nameOrId} or whose name matches it
	 * ignoring case; a {@link JiraException.Kind#NOT_POSSIBLE} failure names the
	 * available ones otherwise.
	 */
	Transition transition(String issueKey, String nameOrId);

	/**
	 * One page of a JQL search; pass the previous page's token for the next.
	 * @param maxResults issues per page (1 to 100)
	 */
	SearchPage search(String jql, Optional<String> pageToken, int maxResults);

	/** Every issue matching the JQL, fetching pages lazily as the stream is consumed. */
	Stream<JiraIssue> searchAll(String jql);

	/** Active members of a group (e.g. the agents' group). */
	List<JiraUser> groupMembers(String groupName);

	/** Users who can be assigned issues in the project. */
	List<JiraUser> assignableUsers(String projectKey);

}
