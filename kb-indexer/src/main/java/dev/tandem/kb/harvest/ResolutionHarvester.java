package dev.tandem.kb.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.harvest.internal.ReplyCleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a ticket a human resolved into a DRAFT article (source
 * {@link ArticleSource#RESOLUTION}) for a knowledge manager to review: the ticket's
 * summary as title and question, the agents' public replies (greetings, signatures and
 * quotes removed) as answer, everything masked before it is stored, linked to the ticket.
 * When the question is a near-duplicate of a published article the draft is a
 * <em>suggested edit</em> of that article instead ({@link Provenance#suggestedEditOf()}):
 * the published article itself never changes until someone approves.
 * <p>
 * Idempotent: the draft's id derives from the issue key, and a ticket whose draft exists
 * changes nothing (a reviewed draft is never reopened, a pending one keeps its kind).
 */
public class ResolutionHarvester {

	private static final Logger log = LoggerFactory.getLogger(ResolutionHarvester.class);

	private static final int MAX_TITLE = 200;

	private static final int MAX_QUESTION = 500;

	private final ArticleRepository articles;

	private final NearDuplicates duplicates;

	private final UnaryOperator<String> masker;

	private final HarvestSettings settings;

	/**
	 * @param articles where drafts are stored
	 * @param duplicates finds published near-duplicates
	 * @param masker replaces personal data in a text
	 * @param settings thresholds and names
	 */
	public ResolutionHarvester(ArticleRepository articles, NearDuplicates duplicates, UnaryOperator<String> masker,
			HarvestSettings settings) {
		this.articles = articles;
		this.duplicates = duplicates;
		this.masker = masker;
		this.settings = settings;
	}

	/**
	 * Drafts an article from a resolved ticket and stores it.
	 * @param ticket the ticket
	 * @return what was done
	 * @throws dev.tandem.kb.article.ArticleStoreException when the store failed (nothing
	 * half-written; harvesting again later is safe)
	 */
	public HarvestOutcome harvest(ResolvedTicket ticket) {
		return run(ticket, false);
	}

	/** What {@link #harvest} would do, without storing anything. */
	public HarvestOutcome preview(ResolvedTicket ticket) {
		return run(ticket, true);
	}

	private HarvestOutcome run(ResolvedTicket ticket, boolean dryRun) {
		String id = Provenance.draftId(ticket.issueKey());
		Optional<StoredArticle> existing = this.articles.find(id);
		if (existing.isPresent()) {
			StoredArticle found = existing.get();
			Optional<String> target = Provenance.of(found.content()).flatMap(Provenance::suggestedEditOf);
			String why = (found.content().status() == ArticleStatus.DRAFT) ? "its draft exists already"
					: "its draft was reviewed already (" + found.content().status() + ")";
			return new HarvestOutcome(ticket.issueKey(), HarvestOutcome.Kind.UNCHANGED, Optional.of(id), target, why);
		}
		String summary = mask(ticket.summary());
		String description = mask(ticket.description());
		if (summary.isBlank() && description.isBlank()) {
			return HarvestOutcome.skipped(ticket.issueKey(), SkipReason.NO_QUESTION);
		}
		if (ticket.agentReplies().stream().allMatch(String::isBlank)) {
			return HarvestOutcome.skipped(ticket.issueKey(), SkipReason.NO_AGENT_REPLY);
		}
		List<String> replies = new ArrayList<>();
		for (String reply : ticket.agentReplies()) {
			String cleaned = ReplyCleaner.clean(mask(reply));
			if (!cleaned.isEmpty()) {
				replies.add(cleaned);
			}
		}
		if (replies.isEmpty()) {
			return HarvestOutcome.skipped(ticket.issueKey(), SkipReason.REPLY_HAS_NO_CONTENT);
		}
		String question = question(summary, description);
		Optional<NearDuplicates.Match> duplicate = this.duplicates.find(question)
			.filter((match) -> match.confidence() >= this.settings.duplicateConfidence())
			.filter((match) -> !match.articleId().equals(id));
		ArticleContent draft = duplicate.isPresent()
				? suggestion(id, ticket, summary, description, replies, duplicate.get())
				: draft(id, ticket, summary, description, replies);
		HarvestOutcome.Kind kind = duplicate.isPresent() ? HarvestOutcome.Kind.SUGGESTED_EDIT
				: HarvestOutcome.Kind.DRAFT_CREATED;
		Optional<String> target = duplicate.map(NearDuplicates.Match::articleId);
		String why = duplicate
			.map((match) -> String.format(java.util.Locale.ROOT, "near-duplicate of '%s' (confidence %.2f)",
					match.articleId(), match.confidence()))
			.orElse("no published article answers it");
		if (dryRun) {
			return new HarvestOutcome(ticket.issueKey(), kind, Optional.of(id), target, why);
		}
		String summaryOfChange = (duplicate.isPresent()
				? "suggested edit of " + target.get() + " from the resolution of " : "drafted from the resolution of ")
				+ ticket.issueKey();
		SaveResult saved = this.articles.save(draft,
				new ArticleChange(this.settings.author(), ArticleSource.RESOLUTION, summaryOfChange));
		if (saved.outcome() == SaveResult.Outcome.UNCHANGED) {
			return new HarvestOutcome(ticket.issueKey(), HarvestOutcome.Kind.UNCHANGED, Optional.of(id), target,
					"its draft exists already");
		}
		log.info("{}: {} ({})", ticket.issueKey(), summaryOfChange, why);
		return new HarvestOutcome(ticket.issueKey(), kind, Optional.of(id), target, why);
	}

	private ArticleContent draft(String id, ResolvedTicket ticket, String summary, String description,
			List<String> replies) {
		String body = String.join("\n\n", replies);
		ArticleContent.Builder builder = ArticleContent.builder(id, title(summary, description), body)
			.answer(answer(replies))
			.questions(questions(summary, description))
			.tags(new Provenance(ticket.issueKey(), ticket.link(), Optional.empty()).tags())
			.status(ArticleStatus.DRAFT);
		ticket.category().ifPresent(builder::category);
		ticket.language().filter(ArticleContent::isLanguageTag).ifPresent(builder::language);
		return builder.build();
	}

	private ArticleContent suggestion(String id, ResolvedTicket ticket, String summary, String description,
			List<String> replies, NearDuplicates.Match match) {
		Optional<StoredArticle> target = this.articles.find(match.articleId());
		String body = String.join("\n\n", replies);
		String title = target.map((article) -> article.content().title()).orElse(title(summary, description));
		ArticleContent.Builder builder = ArticleContent.builder(id, title, body)
			.answer(answer(replies))
			.questions(questions(summary, description))
			.tags(new Provenance(ticket.issueKey(), ticket.link(), Optional.of(match.articleId())).tags())
			.status(ArticleStatus.DRAFT);
		target.flatMap((article) -> article.content().category()).or(ticket::category).ifPresent(builder::category);
		target.flatMap((article) -> article.content().language())
			.or(() -> ticket.language().filter(ArticleContent::isLanguageTag))
			.ifPresent(builder::language);
		return builder.build();
	}

	private String answer(List<String> replies) {
		String all = String.join("\n\n", replies);
		if (all.length() <= this.settings.maxAnswerLength()) {
			return all;
		}
		// The last substantial reply usually holds the resolution.
		String last = replies.get(replies.size() - 1);
		return (last.length() <= this.settings.maxAnswerLength()) ? last
				: last.substring(0, this.settings.maxAnswerLength()).strip() + " …";
	}

	private static String title(String summary, String description) {
		String title = summary.isBlank() ? firstSentence(description) : summary;
		return (title.length() <= MAX_TITLE) ? title : title.substring(0, MAX_TITLE).strip() + " …";
	}

	private static String question(String summary, String description) {
		String text = (summary + "\n" + description).strip();
		return (text.length() <= 2000) ? text : text.substring(0, 2000);
	}

	private static List<String> questions(String summary, String description) {
		List<String> questions = new ArrayList<>();
		if (!summary.isBlank()) {
			questions.add(bounded(summary));
		}
		String first = firstSentence(description);
		if (!first.isBlank() && !first.equalsIgnoreCase(summary)) {
			questions.add(bounded(first));
		}
		return questions;
	}

	private static String firstSentence(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		int end = -1;
		for (int i = 0; i < flat.length(); i++) {
			char c = flat.charAt(i);
			if (c == '?' || c == '？' || c == '。' || c == '！'
					|| ((c == '.' || c == '!') && (i + 1 == flat.length() || flat.charAt(i + 1) == ' '))) {
				end = i + 1;
				break;
			}
		}
		return (end > 0) ? flat.substring(0, end) : flat;
	}

	private static String bounded(String text) {
		return (text.length() <= MAX_QUESTION) ? text : text.substring(0, MAX_QUESTION).strip();
	}

	private String mask(String text) {
		return (text == null || text.isBlank()) ? "" : this.masker.apply(text).strip();
	}

}
