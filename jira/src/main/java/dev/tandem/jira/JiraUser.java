package dev.tandem.jira;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A Jira user as Tandem sees it.
 *
 * @param id stable identifier: the accountId on Cloud, the user name on Data Center; what
 * {@link JiraClient#assign} expects
 * @param displayName name to show
 * @param email address when Jira discloses it (privacy settings often hide it on Cloud)
 * @param timeZone the user's time zone when disclosed
 * @param active whether the account is active
 */
public record JiraUser(String id, String displayName, Optional<String> email, Optional<ZoneId> timeZone,
		boolean active) {

	public JiraUser {
		Objects.requireNonNull(id, "id");
		displayName = (displayName != null) ? displayName : id;
		email = Objects.requireNonNullElse(email, Optional.empty());
		timeZone = Objects.requireNonNullElse(timeZone, Optional.empty());
	}

}
