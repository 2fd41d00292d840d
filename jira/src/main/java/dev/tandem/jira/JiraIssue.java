package dev.tandem.jira;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Jira issue in Tandem's terms: text already flattened to plain text, users already
 * resolved.
 *
 * @param key issue key, e.g. {@code SUP-42}
 * @param id Jira's numeric issue id
 * @param projectKey key of the issue's project
 * @param summary the summary line
 * @param description description as plain text ({@code ""} when empty)
 * @param reporter who reported it (absent for anonymous reporters)
 * @param assignee who it is assigned to
 * @param labels the issue's labels
 * @param priority priority name (Jira's names: Highest, High, Medium, Low, Lowest, or
 * site-specific)
 * @param status status name
 * @param issueType issue type name
 * @param created when it was created
 * @param updated when it was last updated
 * @param requestType Jira Service Management request type name, absent outside service
 * projects
 * @param organisations JSM customer organisations the request is shared with, first is
 * the main one
 * @param customFields custom field values by field id ({@code customfield_10010}) as
 * plain Java values (String, Number, Boolean, List, Map); fields without a value are left
 * out
 * @param comments comments, oldest first; empty unless asked for
 * @param resolution the resolution's name (e.g. {@code Done}), absent while unresolved
 * @param resolved when it was resolved ({@code resolutiondate}), absent while unresolved
 * @param statusCategory key of the status's category ({@code new}, {@code indeterminate},
 * {@code done}), absent when Jira did not send it
 */
public record JiraIssue(String key, String id, String projectKey, String summary, String description,
		Optional<JiraUser> reporter, Optional<JiraUser> assignee, List<String> labels, Optional<String> priority,
		String status, String issueType, Instant created, Optional<Instant> updated, Optional<String> requestType,
		List<String> organisations, Map<String, Object> customFields, List<JiraComment> comments,
		Optional<String> resolution, Optional<Instant> resolved, Optional<String> statusCategory) {

	/** An issue whose resolution is unknown (e.g. built by hand). */
	public JiraIssue(String key, String id, String projectKey, String summary, String description,
			Optional<JiraUser> reporter, Optional<JiraUser> assignee, List<String> labels, Optional<String> priority,
			String status, String issueType, Instant created, Optional<Instant> updated, Optional<String> requestType,
			List<String> organisations, Map<String, Object> customFields, List<JiraComment> comments) {
		this(key, id, projectKey, summary, description, reporter, assignee, labels, priority, status, issueType,
				created, updated, requestType, organisations, customFields, comments, Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	public JiraIssue {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(projectKey, "projectKey");
		summary = Objects.requireNonNullElse(summary, "");
		description = Objects.requireNonNullElse(description, "");
		reporter = Objects.requireNonNullElse(reporter, Optional.empty());
		assignee = Objects.requireNonNullElse(assignee, Optional.empty());
		labels = List.copyOf(labels);
		priority = Objects.requireNonNullElse(priority, Optional.empty());
		status = Objects.requireNonNullElse(status, "");
		issueType = Objects.requireNonNullElse(issueType, "");
		Objects.requireNonNull(created, "created");
		updated = Objects.requireNonNullElse(updated, Optional.empty());
		requestType = Objects.requireNonNullElse(requestType, Optional.empty());
		organisations = List.copyOf(organisations);
		// values may be JSON nulls inside lists and maps, so no Map.copyOf
		customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
		comments = List.copyOf(comments);
		resolution = Objects.requireNonNullElse(resolution, Optional.empty());
		resolved = Objects.requireNonNullElse(resolved, Optional.empty());
		statusCategory = Objects.requireNonNullElse(statusCategory, Optional.empty());
	}

	/** Whether Jira considers it resolved: a resolution is set or its status is done. */
	public boolean isResolved() {
		return this.resolution.isPresent() || this.statusCategory.filter("done"::equalsIgnoreCase).isPresent();
	}

	/** The main customer organisation of a JSM request. */
	public Optional<String> organisation() {
		return this.organisations.stream().findFirst();
	}

	/** The same issue carrying the given comments. */
	public JiraIssue withComments(List<JiraComment> comments) {
		return new JiraIssue(this.key, this.id, this.projectKey, this.summary, this.description, this.reporter,
				this.assignee, this.labels, this.priority, this.status, this.issueType, this.created, this.updated,
				this.requestType, this.organisations, this.customFields, comments, this.resolution, this.resolved,
				this.statusCategory);
	}

}
