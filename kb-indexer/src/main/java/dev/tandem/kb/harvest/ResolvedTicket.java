package dev.tandem.kb.harvest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket a human agent resolved, as the knowledge base needs it to draft an article.
 * Texts may still hold personal data: the harvester masks them before anything is stored.
 *
 * @param issueKey the Jira issue key, e.g. {@code SUP-42} (the draft's id derives from
 * it)
 * @param link where a person can open the ticket, when known
 * @param summary the ticket's summary
 * @param description the ticket's description ({@code ""} when empty)
 * @param agentReplies the agents' public replies, oldest first (internal notes,
 * customers' and Tandem's own comments left out)
 * @param category category hint (e.g. from triage), when known
 * @param language language hint ({@code en}, {@code zh-CN}), when known
 */
public record ResolvedTicket(String issueKey, Optional<String> link, String summary, String description,
		List<String> agentReplies, Optional<String> category, Optional<String> language) {

	public ResolvedTicket {
		Objects.requireNonNull(issueKey, "issueKey");
		if (issueKey.isBlank()) {
			throw new IllegalArgumentException("issue key is blank");
		}
		link = Objects.requireNonNullElse(link, Optional.empty());
		summary = Objects.requireNonNullElse(summary, "");
		description = Objects.requireNonNullElse(description, "");
		agentReplies = List.copyOf(Objects.requireNonNullElse(agentReplies, List.of()));
		category = Objects.requireNonNullElse(category, Optional.<String>empty()).filter((c) -> !c.isBlank());
		language = Objects.requireNonNullElse(language, Optional.<String>empty()).filter((l) -> !l.isBlank());
	}

}
