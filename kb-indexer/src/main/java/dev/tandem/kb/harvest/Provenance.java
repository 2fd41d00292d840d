package dev.tandem.kb.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.tandem.kb.article.ArticleContent;

/**
 * Where a harvested article comes from, written into its tags (the article store keeps
 * tags exactly, and a strict mapping needs no new field for them):
 * {@code tandem-ticket:SUP-42}, {@code tandem-ticket-link:https://...} and, for a
 * suggested edit, {@code tandem-edit-of:<article id>}.
 *
 * @param ticket issue key the article was drafted from
 * @param link where the ticket can be opened, when known
 * @param suggestedEditOf the published article a suggested edit proposes to change
 */
public record Provenance(String ticket, Optional<String> link, Optional<String> suggestedEditOf) {

	static final String TICKET = "tandem-ticket:";

	static final String LINK = "tandem-ticket-link:";

	static final String EDIT_OF = "tandem-edit-of:";

	/** Prefix of the ids of articles drafted from tickets. */
	public static final String ID_PREFIX = "resolutions/";

	/** The stable id of the draft (or suggestion) made from a ticket. */
	public static String draftId(String issueKey) {
		return ID_PREFIX + issueKey.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]", "-");
	}

	/**
	 * The provenance recorded in an article, empty for articles not drafted from tickets.
	 */
	public static Optional<Provenance> of(ArticleContent content) {
		String ticket = null;
		String link = null;
		String editOf = null;
		for (String tag : content.tags()) {
			if (tag.startsWith(TICKET)) {
				ticket = tag.substring(TICKET.length());
			}
			else if (tag.startsWith(LINK)) {
				link = tag.substring(LINK.length());
			}
			else if (tag.startsWith(EDIT_OF)) {
				editOf = tag.substring(EDIT_OF.length());
			}
		}
		return (ticket == null) ? Optional.empty()
				: Optional.of(new Provenance(ticket, Optional.ofNullable(link), Optional.ofNullable(editOf)));
	}

	/** The tags that record this provenance. */
	public List<String> tags() {
		List<String> tags = new ArrayList<>();
		tags.add(TICKET + this.ticket);
		this.link.ifPresent((value) -> tags.add(LINK + value));
		this.suggestedEditOf.ifPresent((value) -> tags.add(EDIT_OF + value));
		return tags;
	}

	/** Tags of an article without the provenance ones (what a merged article keeps). */
	public static List<String> withoutProvenance(List<String> tags) {
		return tags.stream()
			.filter((tag) -> !tag.startsWith(TICKET) && !tag.startsWith(LINK) && !tag.startsWith(EDIT_OF))
			.toList();
	}

	public boolean isSuggestedEdit() {
		return this.suggestedEditOf.isPresent();
	}

}
