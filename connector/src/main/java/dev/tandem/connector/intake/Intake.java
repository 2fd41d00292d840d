package dev.tandem.connector.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.FirstLease;
import dev.tandem.connector.cases.CustomerReply;
import dev.tandem.connector.cases.PeopleOnCase;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TicketSnapshot;
import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraPayloads;
import dev.tandem.jira.JiraUser;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import dev.tandem.connector.triage.TicketFacts;
import dev.tandem.connector.triage.Triage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Turns Jira events into durable case changes. A new ticket becomes a case (written only
 * if absent: the case id is the issue id, so a redelivery or the catch-up poller finding
 * it again changes nothing); a comment is added to its case under the delivery's id (a
 * redelivery finds it there). Only after Elasticsearch acknowledged the write is the
 * event published for processing, and only then does the webhook answer 202.
 */
public class Intake {

	private static final Logger log = LoggerFactory.getLogger(Intake.class);

	private static final int MAX_FIELDS = 50;

	private static final int MAX_FIELD_LENGTH = 200;

	private final CaseStore cases;

	private final Triage triage;

	private final JiraSite jira;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ResolutionIntake resolutions;

	private final PeopleIntake people;

	private final FirstLease firstLease;

	public Intake(CaseStore cases, Triage triage, JiraSite jira, ApplicationEventPublisher events, Clock clock) {
		this(cases, triage, jira, events, Optional.empty(), FirstLease.none(), clock);
	}

	/**
	 * @param satisfactionField Jira Service Management's satisfaction field (e.g.
	 * {@code customfield_10034}), read from deliveries and catch-up polling
	 * @param firstLease the lease a new case is stored with (this instance's workers,
	 * when they have room)
	 */
	public Intake(CaseStore cases, Triage triage, JiraSite jira, ApplicationEventPublisher events,
			Optional<String> satisfactionField, FirstLease firstLease, Clock clock) {
		this.firstLease = firstLease;
		this.resolutions = new ResolutionIntake(cases, jira, events, clock);
		this.people = new PeopleIntake(cases, jira, satisfactionField, clock);
		this.cases = cases;
		this.triage = triage;
		this.jira = jira;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws dev.tandem.connector.store.StoreUnavailableException when nothing could be
	 * stored (the sender must retry)
	 * @throws IllegalArgumentException when the issue or comment cannot be read
	 */
	public IntakeResult accept(JiraWebhookEvent event) {
		return switch (event.type()) {
			case JiraWebhookEvent.ISSUE_CREATED ->
				open(JiraPayloads.issue(event.issue().orElseThrow(), this.jira.flavor()), "webhook");
			case JiraWebhookEvent.COMMENT_CREATED -> addReply(event);
			case JiraWebhookEvent.ISSUE_UPDATED -> updated(event);
			default -> {
				log.info("Ignoring Jira event '{}' (Tandem handles {}, {}, {})", event.type(),
						JiraWebhookEvent.ISSUE_CREATED, JiraWebhookEvent.ISSUE_UPDATED,
						JiraWebhookEvent.COMMENT_CREATED);
				yield IntakeResult.IGNORED;
			}
		};
	}

	/**
	 * Records a resolution found by catch-up polling (see {@link ResolutionIntake}), and
	 * the ticket's satisfaction rating and a person's first reply when the case lacks
	 * them.
	 */
	public IntakeResult caughtUpResolution(JiraIssue issue) {
		IntakeResult resolution = this.resolutions.caughtUp(issue);
		return combined(resolution, caughtUpPeople(issue));
	}

	/**
	 * Records a satisfaction rating (and a person's first reply, when missing) found by
	 * catch-up polling; a failure to read the comments is logged and retried by the next
	 * poll.
	 */
	public IntakeResult caughtUpPeople(JiraIssue issue) {
		try {
			return this.people.caughtUp(issue);
		}
		catch (dev.tandem.jira.JiraException ex) {
			log.warn("{}: could not read its comments for the first response ({}); the next poll tries again",
					issue.key(), ex.getMessage());
			return IntakeResult.IGNORED;
		}
	}

	/**
	 * An issue update: a resolution or reopening, a comment (Jira Cloud sends comments as
	 * {@code issue_updated} too, so a webhook without the comment events still sees
	 * replies; the comment id keeps one comment from being taken twice), a satisfaction
	 * rating.
	 */
	private IntakeResult updated(JiraWebhookEvent event) {
		IntakeResult result = this.resolutions.accept(event);
		if (event.comment().filter((comment) -> comment.path("id").isValueNode()).isPresent()) {
			result = combined(result, addReply(event));
		}
		return combined(result, this.people.acceptUpdate(event));
	}

	private static IntakeResult combined(IntakeResult one, IntakeResult other) {
		if (one == IntakeResult.STORED || other == IntakeResult.STORED) {
			return IntakeResult.STORED;
		}
		return (one == IntakeResult.DUPLICATE || other == IntakeResult.DUPLICATE) ? IntakeResult.DUPLICATE
				: IntakeResult.IGNORED;
	}

	/** Opens a case for a ticket unless it has one. */
	public IntakeResult open(JiraIssue issue, String source) {
		Instant now = this.clock.instant();
		TicketCase received = TicketCase.received(issue.id(), issue.key(), issue.projectKey(), source, snapshot(issue),
				now);
		TicketCase opened = received.change().lease(this.firstLease.forNewCase(now)).apply(now);
		if (!this.cases.open(opened)) {
			log.debug("{} already has a case; {} delivery changes nothing", issue.key(), source);
			return IntakeResult.DUPLICATE;
		}
		log.info("{} received by {}", issue.key(), source);
		this.events.publishEvent(new TicketReceived(issue.id(), issue.key(), now));
		return IntakeResult.STORED;
	}

	private IntakeResult addReply(JiraWebhookEvent event) {
		JiraComment comment = JiraPayloads.comment(event.comment().orElseThrow(), this.jira.flavor());
		String deliveryId = event.deliveryId().orElse("comment-" + comment.id());
		if (isTandems(comment, event.issueKey()) || !comment.isPublic()) {
			return IntakeResult.IGNORED;
		}
		for (int attempt = 1;; attempt++) {
			// first the version this instance knows (a conflict forgets it, the next
			// attempt reads the stored one): a reply must reach a person fast
			Optional<Versioned<TicketCase>> found = (attempt == 1) ? this.cases.latestKnown(event.issueId())
					: this.cases.find(event.issueId());
			if (found.isEmpty()) {
				log.debug("Comment on {}, which has no case: ignored", event.issueKey());
				return IntakeResult.IGNORED;
			}
			TicketCase current = found.get().value();
			if (current.hasReply(deliveryId)
					|| current.replies().stream().anyMatch((reply) -> reply.commentId().equals(comment.id()))) {
				return IntakeResult.DUPLICATE;
			}
			Instant now = this.clock.instant();
			boolean fromReporter = comment.author()
				.map(JiraUser::id)
				.flatMap((author) -> current.ticket().reporterId().map(author::equals))
				.orElse(false);
			List<CustomerReply> replies = new ArrayList<>(current.replies());
			replies.add(new CustomerReply(deliveryId, comment.id(), comment.author().map(JiraUser::id), fromReporter,
					this.triage.mask(comment.body()), now, Optional.empty(), Optional.empty()));
			PeopleOnCase people = PeopleIntake.byPerson(comment, current, Optional.empty()) ? current.people()
				.withReply(new PeopleOnCase.FirstResponse(comment.created(), comment.id(),
						comment.author().map(JiraUser::id), "webhook"))
					: current.people();
			TicketCase changed = current.change().replies(replies).people(people).dueAt(Optional.of(now)).apply(now);
			try {
				this.cases.save(found.get().with(changed));
				this.events.publishEvent(new ReplyReceived(current.issueId(), current.issueKey(), now));
				return IntakeResult.STORED;
			}
			catch (VersionConflictException ex) {
				if (attempt >= 10) {
					throw ex;
				}
			}
		}
	}

	private boolean isTandems(JiraComment comment, String issueKey) {
		boolean byTandem = comment.author()
			.flatMap((author) -> this.jira.myself().map((me) -> me.id().equals(author.id())))
			.orElse(false);
		return byTandem || comment.body().contains("(ref " + issueKey + "/");
	}

	private TicketSnapshot snapshot(JiraIssue issue) {
		Optional<JiraUser> reporter = issue.reporter();
		return new TicketSnapshot(this.triage.mask(issue.summary()), this.triage.mask(issue.description()),
				reporter.map(JiraUser::id), TicketFacts.domainOf(reporter.flatMap(JiraUser::email)), issue.labels(),
				issue.organisations(), fields(issue.customFields()), issue.priority(), issue.status(),
				issue.issueType(), issue.requestType(), issue.created());
	}

	/** Simple custom field values as masked text (for VIP rules), bounded in size. */
	private Map<String, String> fields(Map<String, Object> customFields) {
		Map<String, String> simple = new LinkedHashMap<>();
		for (Map.Entry<String, Object> field : customFields.entrySet()) {
			if (simple.size() >= MAX_FIELDS) {
				break;
			}
			text(field.getValue()).filter((value) -> value.length() <= MAX_FIELD_LENGTH)
				.ifPresent((value) -> simple.put(field.getKey(), this.triage.mask(value)));
		}
		return simple;
	}

	private static Optional<String> text(Object value) {
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return Optional.of(value.toString());
		}
		if (value instanceof Map<?, ?> map) {
			Object inner = (map.get("value") != null) ? map.get("value") : map.get("name");
			return (inner != null) ? Optional.of(inner.toString()) : Optional.empty();
		}
		return Optional.empty();
	}

}
