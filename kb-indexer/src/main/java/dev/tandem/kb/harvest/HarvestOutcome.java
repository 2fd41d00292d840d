package dev.tandem.kb.harvest;

import java.util.Objects;
import java.util.Optional;

/**
 * What harvesting one resolved ticket did.
 *
 * @param issueKey the ticket
 * @param kind what happened
 * @param articleId the draft or suggestion (absent when skipped)
 * @param suggestedEditOf the published article a suggestion proposes to change
 * @param reason why it was skipped or left unchanged, readable by a person
 */
public record HarvestOutcome(String issueKey, Kind kind, Optional<String> articleId, Optional<String> suggestedEditOf,
		String reason) {

	public HarvestOutcome {
		Objects.requireNonNull(issueKey, "issueKey");
		Objects.requireNonNull(kind, "kind");
		articleId = Objects.requireNonNullElse(articleId, Optional.empty());
		suggestedEditOf = Objects.requireNonNullElse(suggestedEditOf, Optional.empty());
		reason = Objects.requireNonNullElse(reason, "");
	}

	static HarvestOutcome skipped(String issueKey, SkipReason reason) {
		return new HarvestOutcome(issueKey, Kind.SKIPPED, Optional.empty(), Optional.empty(), reason.description());
	}

	/** Kinds of outcome. */
	public enum Kind {

		/** A new draft article. */
		DRAFT_CREATED,

		/** A suggested edit of a published near-duplicate. */
		SUGGESTED_EDIT,

		/** The ticket's draft or suggestion exists already and nothing changed. */
		UNCHANGED,

		/** Nothing usable to learn from (see the reason). */
		SKIPPED

	}

}
