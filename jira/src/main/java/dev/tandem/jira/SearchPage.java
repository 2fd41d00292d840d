package dev.tandem.jira;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a JQL search.
 *
 * @param issues the issues on this page
 * @param nextPageToken opaque token for {@link JiraClient#search}; absent on the last
 * page. Cloud's tokens expire, so fetch the next page soon.
 */
public record SearchPage(List<JiraIssue> issues, Optional<String> nextPageToken) {

	public SearchPage {
		issues = List.copyOf(issues);
		nextPageToken = Objects.requireNonNullElse(nextPageToken, Optional.empty());
	}

	public boolean isLast() {
		return this.nextPageToken.isEmpty();
	}

}
