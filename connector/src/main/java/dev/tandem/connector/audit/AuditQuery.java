package dev.tandem.connector.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to find in the audit trail; every criterion is optional and they all apply.
 *
 * @param from entries at or after
 * @param to entries before
 * @param actor exactly this actor ({@code tandem}, {@code api}, a user name)
 * @param action this action or family: {@code jira.} finds every {@code jira.*} action
 * @param issueKey exactly this ticket
 * @param text words in the reasons, or an actor, action, issue key or decision
 * @param offset entries to skip (paging)
 * @param limit entries to return (at most 500)
 */
public record AuditQuery(Optional<Instant> from, Optional<Instant> to, Optional<String> actor, Optional<String> action,
		Optional<String> issueKey, Optional<String> text, int offset, int limit) {

	public AuditQuery {
		from = Objects.requireNonNullElse(from, Optional.empty());
		to = Objects.requireNonNullElse(to, Optional.empty());
		actor = blankless(actor);
		action = blankless(action);
		issueKey = blankless(issueKey);
		text = blankless(text);
		if (offset < 0 || limit < 1 || limit > 500 || offset + limit > 10_000) {
			throw new IllegalArgumentException(
					"audit page out of range: offset " + offset + ", limit " + limit + " (limit 1-500, up to 10,000)");
		}
	}

	public static AuditQuery everything(int offset, int limit) {
		return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), offset, limit);
	}

	private static Optional<String> blankless(Optional<String> value) {
		return Objects.requireNonNullElse(value, Optional.<String>empty())
			.map(String::strip)
			.filter((v) -> !v.isEmpty());
	}

}
