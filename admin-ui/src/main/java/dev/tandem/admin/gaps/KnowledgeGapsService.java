package dev.tandem.admin.gaps;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.admin.kb.OutOfScopeQuestionsService;
import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.Role;
import dev.tandem.admin.security.SignedInUser;
import dev.tandem.connector.gaps.DraftCreated;
import dev.tandem.connector.gaps.GapExample;
import dev.tandem.connector.gaps.GapDrafts;
import dev.tandem.connector.gaps.GapReport;
import dev.tandem.connector.gaps.KnowledgeGap;
import dev.tandem.connector.gaps.KnowledgeGaps;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleStatus;

/**
 * What the knowledge-gaps page may do. Reading the last report is for everyone who opens
 * the page (managers too); recomputing and drafting change things and are for knowledge
 * managers and admins only: the security boundary is here, not only on the route.
 */
@Service
public class KnowledgeGapsService {

	private final KnowledgeGaps gaps;

	private final GapDrafts drafts;

	private final ArticleRepository articles;

	private final CurrentUser currentUser;

	private final OutOfScopeQuestionsService outOfScope;

	KnowledgeGapsService(KnowledgeGaps gaps, GapDrafts drafts, ArticleRepository articles, CurrentUser currentUser,
			OutOfScopeQuestionsService outOfScope) {
		this.gaps = gaps;
		this.drafts = drafts;
		this.articles = articles;
		this.currentUser = currentUser;
		this.outOfScope = outOfScope;
	}

	/** The last computed report, if any. */
	@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER', 'MANAGER')")
	public Optional<GapReport> latest() {
		return this.gaps.latest();
	}

	/**
	 * Computes the gaps of the last {@code window} now (the trend compares it with the
	 * window before) and keeps the result as the latest.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER')")
	public GapReport recompute(Duration window) {
		return this.gaps.compute(window);
	}

	/**
	 * The draft of a gap of the latest report: made now, or found when it was made before
	 * (then unchanged, as someone may be writing it).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER')")
	public DraftCreated createDraft(String gapId) {
		return this.drafts.createDraft(gapId, author());
	}

	/**
	 * The status of the draft article each gap of a report already has (gaps without one
	 * are absent), so a gap is not drafted twice.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER', 'MANAGER')")
	public Map<String, ArticleStatus> draftStatuses(GapReport report) {
		Map<String, ArticleStatus> statuses = new LinkedHashMap<>();
		for (KnowledgeGap gap : report.gaps()) {
			this.articles.find(GapDrafts.articleId(gap.id()))
				.ifPresent((article) -> statuses.put(gap.id(), article.content().status()));
		}
		return statuses;
	}

	/**
	 * Marks a gap as not the knowledge base's to close: its example tickets' questions
	 * join the known out-of-scope questions, which calibration asks so that questions
	 * like them fall below the auto-answer threshold (recalibrated in the background).
	 * @return how many questions were new to the list
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER')")
	public int markOutOfScope(KnowledgeGap gap) {
		return this.outOfScope.add(gap.examples().stream().map(GapExample::question).toList());
	}

	/** The known out-of-scope questions (to show which gaps were marked). */
	@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER')")
	public Set<String> outOfScopeQuestions() {
		return Set.copyOf(this.outOfScope.questions());
	}

	/**
	 * Whether the signed-in user may recompute and draft (the page hides what they may
	 * not).
	 */
	public boolean canAct() {
		return this.currentUser.get()
			.map((user) -> user.hasRole(Role.ADMIN) || user.hasRole(Role.KNOWLEDGE_MANAGER))
			.orElse(false);
	}

	private String author() {
		return this.currentUser.get()
			.map(SignedInUser::username)
			.orElseThrow(() -> new IllegalStateException("nobody is signed in"));
	}

}
