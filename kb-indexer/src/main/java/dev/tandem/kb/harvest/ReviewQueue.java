package dev.tandem.kb.harvest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;

/**
 * A knowledge manager's review of drafts from resolutions: list them, edit, approve
 * (publish a draft, or merge a suggested edit into its target article), reject. Every
 * change is a new article version whose {@link ArticleChange} names the reviewer.
 */
public class ReviewQueue {

	private final ArticleRepository articles;

	public ReviewQueue(ArticleRepository articles) {
		this.articles = articles;
	}

	/** Drafts and suggested edits waiting for review, newest first. */
	public List<ReviewItem> pending() {
		List<ReviewItem> items = new ArrayList<>();
		try (Stream<StoredArticle> all = this.articles.all()) {
			all.filter((article) -> article.content().status() == ArticleStatus.DRAFT)
				.forEach((article) -> Provenance.of(article.content())
					.ifPresent((provenance) -> items.add(item(article, provenance))));
		}
		items.sort(Comparator.comparing((ReviewItem item) -> item.draft().version().createdAt()).reversed());
		return items;
	}

	/**
	 * One draft with its provenance and target, empty when it is not a harvested draft.
	 */
	public Optional<ReviewItem> item(String draftId) {
		return this.articles.find(draftId)
			.flatMap((article) -> Provenance.of(article.content()).map((provenance) -> item(article, provenance)));
	}

	/**
	 * Saves a reviewer's edit of a pending draft (it stays a draft, its provenance kept).
	 * @throws ReviewException when it is not a pending harvested draft
	 */
	public SaveResult edit(ArticleContent edited, String reviewer) {
		ReviewItem item = pendingItem(edited.id());
		List<String> tags = new ArrayList<>(Provenance.withoutProvenance(edited.tags()));
		tags.addAll(item.provenance().tags());
		ArticleContent content = edited.toBuilder().tags(tags).status(ArticleStatus.DRAFT).build();
		return this.articles.save(content,
				new ArticleChange(reviewer, ArticleSource.UI, "edited draft from " + item.provenance().ticket()));
	}

	/**
	 * Approves a draft: a new draft is published (without its provenance tags in the
	 * answer, but keeping them so its origin stays visible); a suggested edit is merged
	 * into its target (the ticket's questions added, the answer replaced when
	 * {@code takeAnswer}) and the suggestion archived.
	 * @return the published article's current version
	 * @throws ReviewException when it is not a pending harvested draft, or the target
	 * article is gone
	 */
	public StoredArticle approve(String draftId, String reviewer, boolean takeAnswer) {
		ReviewItem item = pendingItem(draftId);
		String ticket = item.provenance().ticket();
		if (!item.isSuggestedEdit()) {
			this.articles.save(item.draft().content().withStatus(ArticleStatus.PUBLISHED),
					new ArticleChange(reviewer, ArticleSource.UI, "published draft from the resolution of " + ticket));
			return this.articles.find(draftId).orElseThrow();
		}
		StoredArticle target = item.target()
			.orElseThrow(() -> new ReviewException("the article '" + item.provenance().suggestedEditOf().get()
					+ "' that '" + draftId + "' would change no longer exists"));
		ArticleContent suggestion = item.draft().content();
		List<String> questions = new ArrayList<>(target.content().questions());
		questions.addAll(suggestion.questions());
		ArticleContent.Builder merged = target.content().toBuilder().questions(questions);
		if (takeAnswer) {
			suggestion.answer().ifPresent(merged::answer);
		}
		this.articles.save(merged.build(), new ArticleChange(reviewer, ArticleSource.UI,
				"merged suggested edit from the resolution of " + ticket));
		this.articles.save(suggestion.withStatus(ArticleStatus.ARCHIVED),
				new ArticleChange(reviewer, ArticleSource.UI, "merged into " + target.id()));
		return this.articles.find(target.id()).orElseThrow();
	}

	/**
	 * Rejects a draft or suggestion: it is archived (kept in history; harvesting the
	 * ticket again does not bring it back).
	 * @throws ReviewException when it is not a pending harvested draft
	 */
	public void reject(String draftId, String reviewer, String reason) {
		ReviewItem item = pendingItem(draftId);
		String why = (reason == null || reason.isBlank()) ? "rejected" : "rejected: " + reason.strip();
		this.articles.save(item.draft().content().withStatus(ArticleStatus.ARCHIVED),
				new ArticleChange(reviewer, ArticleSource.UI, why));
	}

	private ReviewItem pendingItem(String draftId) {
		ReviewItem item = item(draftId)
			.orElseThrow(() -> new ReviewException("'" + draftId + "' is not a draft made from a resolution"));
		if (item.draft().content().status() != ArticleStatus.DRAFT) {
			throw new ReviewException(
					"'" + draftId + "' was reviewed already: it is " + item.draft().content().status());
		}
		return item;
	}

	private ReviewItem item(StoredArticle article, Provenance provenance) {
		Optional<StoredArticle> target = provenance.suggestedEditOf().flatMap(this.articles::find);
		return new ReviewItem(article, provenance, target);
	}

}
