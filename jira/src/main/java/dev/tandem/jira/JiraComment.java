package dev.tandem.jira;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A comment on an issue.
 *
 * @param id Jira's comment id
 * @param author who wrote it (absent for anonymous or deleted users)
 * @param body the comment as plain text (ADF or wiki markup flattened)
 * @param visibility whether the customer can see it
 * @param created when it was written
 */
public record JiraComment(String id, Optional<JiraUser> author, String body, Visibility visibility, Instant created) {

	public JiraComment {
		Objects.requireNonNull(id, "id");
		author = Objects.requireNonNullElse(author, Optional.empty());
		body = Objects.requireNonNullElse(body, "");
		Objects.requireNonNull(visibility, "visibility");
		Objects.requireNonNull(created, "created");
	}

	public boolean isPublic() {
		return this.visibility == Visibility.PUBLIC;
	}

	/** Who can read a comment. */
	public enum Visibility {

		/** Visible to the customer (a reply). */
		PUBLIC,

		/**
		 * Visible to agents only (JSM internal note, or restricted to a group or role).
		 */
		INTERNAL

	}

}
