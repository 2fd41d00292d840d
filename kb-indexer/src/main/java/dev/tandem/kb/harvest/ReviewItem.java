package dev.tandem.kb.harvest;

import java.util.Objects;
import java.util.Optional;

import dev.tandem.kb.article.StoredArticle;

/**
 * One entry of the review queue: a draft drafted from a resolution, or a suggested edit
 * shown beside the published article it would change ("draft vs article").
 *
 * @param draft the draft (status DRAFT, source ticket in its tags)
 * @param provenance the ticket it came from and, for a suggestion, its target
 * @param target the published article a suggestion would change (current version)
 */
public record ReviewItem(StoredArticle draft, Provenance provenance, Optional<StoredArticle> target) {

	public ReviewItem {
		Objects.requireNonNull(draft, "draft");
		Objects.requireNonNull(provenance, "provenance");
		target = Objects.requireNonNullElse(target, Optional.empty());
	}

	public boolean isSuggestedEdit() {
		return this.provenance.isSuggestedEdit();
	}

}
