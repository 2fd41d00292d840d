package dev.tandem.connector.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.HarvestStep;
import dev.tandem.connector.cases.ResolutionChange;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.intake.TicketResolved;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.Decision;
import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraUser;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.harvest.HarvestOutcome;
import dev.tandem.kb.harvest.JiraResolutions;
import dev.tandem.kb.harvest.ResolutionHarvester;
import dev.tandem.kb.harvest.ResolvedTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns tickets a person resolved into knowledge-base drafts. On {@link TicketResolved}
 * for a case Tandem did not answer (triage other than AUTO_ANSWER) or whose automatic
 * answer was escalated, a pending {@link HarvestStep} is written into the case first, so
 * the work survives a crash; then the ticket's comments are read from Jira and handed to
 * the knowledge base's {@link ResolutionHarvester}. A failure of Jira or Elasticsearch
 * reschedules the step (exponential backoff); the sweep picks up what is due.
 */
public class ResolutionLearning {

	private static final Logger log = LoggerFactory.getLogger(ResolutionLearning.class);

	private final CaseStore cases;

	private final JiraSite jira;

	private final ResolutionHarvester harvester;

	private final LearningProperties properties;

	private final Clock clock;

	public ResolutionLearning(CaseStore cases, JiraSite jira, ResolutionHarvester harvester,
			LearningProperties properties, Clock clock) {
		this.cases = cases;
		this.jira = jira;
		this.harvester = harvester;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Writes a pending harvest step for a resolved case when it qualifies.
	 * @return true when a harvest is now pending for this resolution
	 */
	public boolean schedule(TicketResolved event) {
		for (int attempt = 1;; attempt++) {
			Optional<Versioned<TicketCase>> found = this.cases.find(event.issueId());
			if (found.isEmpty()) {
				return false;
			}
			TicketCase current = found.get().value();
			Optional<String> reason = notLearnable(current);
			if (reason.isPresent()) {
				log.debug("{} resolved; not harvested: {}", current.issueKey(), reason.get());
				return false;
			}
			String resolutionId = lastResolution(current).map(ResolutionChange::id).orElse("");
			if (current.harvest().isPresent() && (current.harvest().get().status() != HarvestStep.Status.PENDING
					|| current.harvest().get().resolutionId().equals(resolutionId))) {
				return current.harvest().get().status() == HarvestStep.Status.PENDING;
			}
			Instant now = this.clock.instant();
			try {
				this.cases.save(found.get().with(current.withHarvest(HarvestStep.pending(resolutionId, now), now)));
				return true;
			}
			catch (VersionConflictException ex) {
				if (attempt >= 10) {
					throw ex;
				}
			}
		}
	}

	/** Works on a case's pending harvest step, if it has one that is due. */
	public void attempt(String issueId) {
		Optional<Versioned<TicketCase>> found = this.cases.find(issueId);
		if (found.isEmpty() || found.get().value().harvest().isEmpty()
				|| found.get().value().harvest().get().status() != HarvestStep.Status.PENDING) {
			return;
		}
		TicketCase current = found.get().value();
		HarvestStep step = current.harvest().get();
		HarvestStep next;
		try {
			HarvestOutcome outcome = this.harvester.harvest(ticket(current));
			HarvestStep.Status end = (outcome.kind() == HarvestOutcome.Kind.SKIPPED) ? HarvestStep.Status.SKIPPED
					: HarvestStep.Status.DONE;
			next = step.finished(end, outcome.articleId(), describe(outcome));
			log.info("{}: {}", current.issueKey(), describe(outcome));
		}
		catch (JiraException | ArticleStoreException | StoreUnavailableException ex) {
			next = failed(current, step, ex);
		}
		try {
			this.cases.save(found.get().with(current.withHarvest(next, this.clock.instant())));
		}
		catch (VersionConflictException ex) {
			// Someone else changed the case (e.g. another instance finished the harvest);
			// the harvest is idempotent, so the next sweep settles it.
			log.debug("{}: harvest result not written ({}), the sweep retries", current.issueKey(), ex.getMessage());
		}
	}

	private HarvestStep failed(TicketCase current, HarvestStep step, RuntimeException ex) {
		boolean permanent = (ex instanceof JiraException jira) && !jira.retriable();
		if (permanent || step.attempts() + 1 >= this.properties.maxAttempts()) {
			log.error("{}: could not harvest the resolution, giving up after {} attempt(s): {}", current.issueKey(),
					step.attempts() + 1, ex.getMessage());
			return step.finished(HarvestStep.Status.FAILED, Optional.empty(), "gave up: " + ex.getMessage());
		}
		Duration wait = Duration.ofSeconds(30L << Math.min(16, step.attempts()));
		if (wait.compareTo(this.properties.maxBackoff()) > 0) {
			wait = this.properties.maxBackoff();
		}
		log.warn("{}: could not harvest the resolution now, retrying in {}: {}", current.issueKey(), wait,
				ex.getMessage());
		return step.retryAt(this.clock.instant().plus(wait), "retrying: " + ex.getMessage());
	}

	private ResolvedTicket ticket(TicketCase current) {
		JiraClient client = this.jira.client()
			.orElseThrow(() -> JiraException.permanent(JiraException.Kind.NOT_POSSIBLE, "harvest " + current.issueKey(),
					"no Jira site is configured"));
		JiraIssue issue = client.issue(current.issueKey(), true);
		Optional<String> category = current.triage().flatMap((triage) -> triage.category());
		Optional<String> language = current.triage().map((triage) -> triage.language());
		return JiraResolutions.ticket(issue, issue.comments(), this.jira.myself().map(JiraUser::id),
				this.jira.baseUrl(), category, language);
	}

	private static Optional<String> notLearnable(TicketCase ticketCase) {
		if (!ticketCase.isResolved()) {
			return Optional.of("not resolved (any more)");
		}
		if (ticketCase.triage().isEmpty()) {
			return Optional.of("resolved before triage");
		}
		boolean autoAnswered = ticketCase.triage().get().decision() == Decision.AUTO_ANSWER;
		boolean escalated = ticketCase.outcome().filter((outcome) -> outcome == CaseOutcome.ESCALATED).isPresent();
		if (autoAnswered && !escalated && !ticketCase.shadow()) {
			return Optional.of("Tandem answered it and the customer did not ask for a person");
		}
		return Optional.empty();
	}

	private static Optional<ResolutionChange> lastResolution(TicketCase ticketCase) {
		return ticketCase.resolutions().stream().filter(ResolutionChange::resolved).reduce((a, b) -> b);
	}

	private static String describe(HarvestOutcome outcome) {
		return switch (outcome.kind()) {
			case DRAFT_CREATED -> "drafted " + outcome.articleId().orElse("");
			case SUGGESTED_EDIT -> "suggested an edit of " + outcome.suggestedEditOf().orElse("") + " as "
					+ outcome.articleId().orElse("");
			case UNCHANGED -> "unchanged: " + outcome.reason();
			case SKIPPED -> "skipped: " + outcome.reason();
		};
	}

}
