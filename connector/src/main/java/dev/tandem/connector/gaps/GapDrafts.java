package dev.tandem.connector.gaps;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.harvest.Provenance;

/**
 * Turns a knowledge gap into a DRAFT article for a knowledge manager to write: its
 * example tickets become the article's {@code questions} (so once written and published,
 * retrieval matches the very questions that were missed), its label the title, and the
 * body states what is known about the gap, which the knowledge manager replaces with the
 * answer.
 * <p>
 * The draft names its newest example ticket as provenance (the tags {@link Provenance}
 * reads), so it waits in the knowledge manager's review queue beside the drafts from
 * resolutions.
 * <p>
 * Source {@link ArticleSource#UI}: a person asks for the draft in the admin UI and writes
 * it there; {@link ArticleSource#RESOLUTION} is kept for drafts written from an agent's
 * actual resolution, whose text is an answer (resolution harvesting lists those for
 * review), while a gap draft has no answer yet.
 */
public class GapDrafts {

	/** Tag every gap draft carries (the review queue tells gap drafts apart by it). */
	public static final String TAG = "knowledge-gap";

	private static final int MAX_QUESTIONS = 10;

	private final KnowledgeGaps gaps;

	private final Supplier<ArticleRepository> articles;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * @param articles the knowledge base's article store (looked up when a draft is made:
	 * a process without one can still compute gaps)
	 */
	public GapDrafts(KnowledgeGaps gaps, Supplier<ArticleRepository> articles, AuditLog audit, Clock clock) {
		this.gaps = gaps;
		this.articles = articles;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates the draft of a gap of the latest report; a second call finds it and changes
	 * nothing.
	 * @param author who asked (user name)
	 * @throws IllegalArgumentException when the latest report has no such gap
	 */
	public DraftCreated createDraft(String gapId, String author) {
		GapReport report = this.gaps.latest()
			.orElseThrow(() -> new IllegalArgumentException("no knowledge gaps computed yet: compute them first"));
		KnowledgeGap gap = report.gap(gapId)
			.orElseThrow(() -> new IllegalArgumentException("no gap '" + gapId
					+ "' in the latest knowledge-gap report (computed " + report.computedAt() + ")"));
		String articleId = articleId(gapId);
		ArticleRepository repository = this.articles.get();
		Optional<StoredArticle> existing = repository.find(articleId);
		if (existing.isPresent()) {
			return new DraftCreated(gapId, articleId, existing.get().version().number(), false);
		}
		SaveResult saved = repository.save(draft(articleId, gap, report), new ArticleChange(author, ArticleSource.UI,
				"draft from knowledge gap " + gapId + " (" + gap.size() + " tickets: " + gap.label() + ")"));
		boolean created = saved.outcome() == SaveResult.Outcome.CREATED;
		if (created) {
			this.audit.record(new AuditEntry(this.clock.instant(), author, "gap.draft-created", Optional.empty(),
					Optional.empty(),
					List.of("Draft article " + articleId + " created from knowledge gap '" + gap.label() + "' ("
							+ gap.size() + " tickets in the period, " + gap.previousSize() + " before)."),
					Map.of("gap", gapId, "article", articleId, "tickets", String.valueOf(gap.size())), false));
		}
		return new DraftCreated(gapId, articleId, saved.version().number(), created);
	}

	/**
	 * The id of the draft article a gap makes (the same gap always makes the same id).
	 */
	public static String articleId(String gapId) {
		return "gap-" + gapId.replaceFirst("^gap-", "");
	}

	static ArticleContent draft(String articleId, KnowledgeGap gap, GapReport report) {
		List<String> questions = gap.examples()
			.stream()
			.map(GapExample::summary)
			.filter((summary) -> !summary.isBlank())
			.limit(MAX_QUESTIONS)
			.toList();
		String title = Character.toUpperCase(gap.label().charAt(0)) + gap.label().substring(1);
		DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
		String body = "Customers asked about this " + gap.size() + " times between " + day.format(report.from())
				+ " and " + day.format(report.until()) + " (" + gap.previousSize()
				+ " times in the period before), and no published article answered them confidently.\n\n"
				+ "Questions customers asked:\n\n"
				+ questions.stream().map((question) -> "- " + question).collect(Collectors.joining("\n"))
				+ "\n\nTickets: " + gap.examples().stream().map(GapExample::issueKey).collect(Collectors.joining(", "));
		// the newest example ticket as provenance: the review queue lists drafts that
		// name
		// the ticket they come from, and the reviewer can open it
		List<String> tags = new ArrayList<>(List.of(TAG));
		gap.examples()
			.stream()
			.findFirst()
			.ifPresent((example) -> tags
				.addAll(new Provenance(example.issueKey(), Optional.empty(), Optional.empty()).tags()));
		ArticleContent.Builder builder = ArticleContent.builder(articleId, title, body)
			.questions(questions)
			.tags(tags)
			.status(ArticleStatus.DRAFT);
		mostCommon(gap.categories()).ifPresent(builder::category);
		mostCommon(gap.languages()).ifPresent(builder::language);
		return builder.build();
	}

	private static Optional<String> mostCommon(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.max(Comparator.comparingInt((Map.Entry<String, Integer> entry) -> entry.getValue())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey);
	}

}
