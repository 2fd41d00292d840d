package dev.tandem.connector.actions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.ActionType;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.RichText;
import dev.tandem.jira.IssueEdit;
import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraDocument;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraProperties;
import dev.tandem.jira.JiraRetryPolicy;
import dev.tandem.connector.jirasite.JiraSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one outbox action in Jira, once. When an earlier attempt started but its
 * outcome was never recorded (a crash, a timeout), it first finds out whether Jira did
 * it: comments are looked up by the reference line they carry, a transition that is no
 * longer offered counts as done. Assigning and editing labels are idempotent in Jira.
 */
public class ActionExecutor {

	private static final Logger log = LoggerFactory.getLogger(ActionExecutor.class);

	private final JiraSite jira;

	private final ActionProperties properties;

	private final JiraRetryPolicy backoff;

	public ActionExecutor(JiraSite jira, ActionProperties properties, Clock clock) {
		this.jira = jira;
		this.properties = properties;
		this.backoff = JiraRetryPolicy.of(new JiraProperties.Retry(properties.maxAttempts(), Duration.ofSeconds(1),
				properties.maxBackoff(), Duration.ofDays(1)), clock);
	}

	/**
	 * @param action the action, its attempt already recorded
	 * @param earlierAttemptUnresolved whether an earlier attempt started and its outcome
	 * is unknown (then Jira is asked first whether it was done)
	 */
	public ActionOutcome execute(String issueKey, OutboxAction action, boolean earlierAttemptUnresolved) {
		Optional<JiraClient> client = this.jira.client();
		if (client.isEmpty()) {
			return new ActionOutcome.Failed("no Jira site is configured (tandem.jira.base-url)");
		}
		try {
			if (earlierAttemptUnresolved) {
				Optional<ActionOutcome> earlier = doneEarlier(client.get(), issueKey, action);
				if (earlier.isPresent()) {
					return earlier.get();
				}
			}
			return perform(client.get(), issueKey, action);
		}
		catch (JiraException ex) {
			return failed(issueKey, action, ex, earlierAttemptUnresolved);
		}
		catch (RuntimeException ex) {
			log.error("Action {} on {} failed unexpectedly", action.idempotencyKey(), issueKey, ex);
			return new ActionOutcome.Failed("unexpected error: " + ex);
		}
	}

	private ActionOutcome perform(JiraClient client, String issueKey, OutboxAction action) {
		return switch (action.type()) {
			case PUBLIC_REPLY -> {
				JiraComment comment = client.addPublicReply(issueKey, document(action.body().orElseThrow()));
				yield new ActionOutcome.Done(Optional.of(comment.id()), "reply posted");
			}
			case INTERNAL_NOTE -> {
				JiraComment comment = client.addInternalNote(issueKey, document(action.body().orElseThrow()));
				yield new ActionOutcome.Done(Optional.of(comment.id()), "internal note posted");
			}
			case ASSIGN -> {
				client.assign(issueKey, action.userId().orElseThrow());
				yield new ActionOutcome.Done(action.userId(), "assigned");
			}
			case EDIT -> {
				IssueEdit edit = IssueEdit.none().withAddedLabels(action.addLabels().toArray(String[]::new));
				if (action.priority().isPresent()) {
					edit = edit.withPriority(action.priority().get());
				}
				client.edit(issueKey, edit);
				yield new ActionOutcome.Done(Optional.empty(), "labels/priority set");
			}
			case TRANSITION -> {
				var transition = client.transition(issueKey, action.transition().orElseThrow());
				yield new ActionOutcome.Done(Optional.of(transition.toStatus()), "transitioned");
			}
		};
	}

	private Optional<ActionOutcome> doneEarlier(JiraClient client, String issueKey, OutboxAction action) {
		if (action.type() != ActionType.PUBLIC_REPLY && action.type() != ActionType.INTERNAL_NOTE) {
			return Optional.empty();
		}
		String marker = ReplyTemplates.marker(action.idempotencyKey()) + ")";
		List<JiraComment> comments = client.comments(issueKey);
		return comments.stream().filter((comment) -> comment.body().contains(marker)).findFirst().map((comment) -> {
			log.info("{} on {}: Jira already has comment {} from an earlier attempt, not posting again",
					action.idempotencyKey(), issueKey, comment.id());
			return new ActionOutcome.Done(Optional.of(comment.id()), "found from an earlier attempt");
		});
	}

	private ActionOutcome failed(String issueKey, OutboxAction action, JiraException ex,
			boolean earlierAttemptUnresolved) {
		if (action.type() == ActionType.TRANSITION && earlierAttemptUnresolved
				&& ex.kind() == JiraException.Kind.NOT_POSSIBLE) {
			// the earlier attempt most likely went through: the transition is no longer
			// offered from the new status
			return new ActionOutcome.Done(Optional.empty(), "transition no longer offered after an earlier attempt");
		}
		if (ex.permanent()) {
			return new ActionOutcome.Failed(ex.getMessage());
		}
		if (action.attempts() >= this.properties.maxAttempts()) {
			return new ActionOutcome.Failed("gave up after " + action.attempts() + " attempts: " + ex.getMessage());
		}
		Instant next = this.backoff.nextAttemptAt(action.attempts(), ex);
		log.warn("{} on {} failed (attempt {}), retrying at {}: {}", action.idempotencyKey(), issueKey,
				action.attempts(), next, ex.getMessage());
		// still unknown when this attempt may have worked (no answer, a 5xx), and also
		// when an earlier attempt's outcome was never settled: a rate-limited check must
		// not make the next attempt forget to check (that posted a reply twice)
		boolean outcomeUnknown = earlierAttemptUnresolved || ex.kind() == JiraException.Kind.NETWORK
				|| ex.kind() == JiraException.Kind.SERVER_ERROR;
		return new ActionOutcome.Retry(next, ex.getMessage(), outcomeUnknown);
	}

	static JiraDocument document(RichText text) {
		List<JiraDocument.Block> blocks = text.paragraphs()
			.stream()
			.map((spans) -> (JiraDocument.Block) new JiraDocument.Paragraph(
					spans.stream().map(ActionExecutor::inline).toList()))
			.toList();
		return new JiraDocument(blocks);
	}

	private static JiraDocument.Inline inline(RichText.Span span) {
		if (span.href().isPresent()) {
			try {
				return JiraDocument.link(span.text(), span.href().get());
			}
			catch (IllegalArgumentException ex) {
				return JiraDocument.text(span.toPlainText());
			}
		}
		return span.bold() ? JiraDocument.bold(span.text()) : JiraDocument.text(span.text());
	}

}
