package dev.tandem.connector.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.PeopleOnCase;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Records what people did on a ticket, for the dashboards: the customer's satisfaction
 * rating (Jira Service Management's "Satisfaction" field, 1-5) from
 * {@code jira:issue_updated} deliveries and from catch-up polling, and a person's first
 * public reply found by catch-up polling (replies that arrive as webhooks are recorded by
 * {@link Intake} together with the reply). Neither changes how the case is processed.
 */
class PeopleIntake {

	private static final Logger log = LoggerFactory.getLogger(PeopleIntake.class);

	private static final String SATISFACTION = "satisfaction";

	private static final Pattern RATING = Pattern.compile("^\\s*([1-5])(?:\\.0+)?(?![\\d.])");

	private final CaseStore cases;

	private final JiraSite jira;

	private final Optional<String> satisfactionField;

	private final Clock clock;

	PeopleIntake(CaseStore cases, JiraSite jira, Optional<String> satisfactionField, Clock clock) {
		this.cases = cases;
		this.jira = jira;
		this.satisfactionField = satisfactionField;
		this.clock = clock;
	}

	/**
	 * A rating in a {@code jira:issue_updated} delivery: a changelog item of the
	 * "Satisfaction" field (or {@code tandem.intake.satisfaction-field}), its value read
	 * from the item or from the issue's field.
	 */
	IntakeResult acceptUpdate(JiraWebhookEvent event) {
		Optional<JsonNode> item = event.changelog().flatMap(this::satisfactionItem);
		Optional<String> fieldId = item.flatMap((found) -> text(found, "fieldId")).or(() -> this.satisfactionField);
		Optional<Integer> rating = item.flatMap((found) -> text(found, "to").or(() -> text(found, "toString")))
			.flatMap(PeopleIntake::rating)
			.or(() -> fieldId.flatMap(
					(id) -> event.issue().map((issue) -> issue.path("fields").path(id)).flatMap(PeopleIntake::rating)));
		if (rating.isEmpty()) {
			if (item.isPresent()) {
				log.info("{}: satisfaction changed but no rating 1-5 could be read from the delivery",
						event.issueKey());
			}
			return IntakeResult.IGNORED;
		}
		Instant at = event.timestamp().orElse(this.clock.instant());
		return record(event.issueId(), (people) -> rated(people, rating.get(), at, "webhook"));
	}

	/**
	 * What catch-up polling can add for a ticket found in Jira: its rating (from the
	 * configured field) and, when the case has none yet, the first public reply by a
	 * person (one more call to Jira for the comments).
	 */
	IntakeResult caughtUp(JiraIssue issue) {
		Optional<TicketCase> known = this.cases.find(issue.id()).map(Versioned::value);
		if (known.isEmpty()) {
			return IntakeResult.IGNORED;
		}
		Optional<Integer> rating = this.satisfactionField.map((id) -> issue.customFields().get(id))
			.flatMap(PeopleIntake::rating);
		Optional<PeopleOnCase.FirstResponse> reply = known.get().people().firstResponse().isPresent() ? Optional.empty()
				: firstPersonReply(issue, known.get());
		if (rating.isEmpty() && reply.isEmpty()) {
			return IntakeResult.IGNORED;
		}
		Instant at = issue.updated().orElse(this.clock.instant());
		return record(issue.id(), (people) -> {
			PeopleOnCase changed = rating.map((value) -> rated(people, value, at, "catch-up")).orElse(people);
			return reply.map(changed::withReply).orElse(changed);
		});
	}

	/**
	 * Whether a comment is a person's reply to the customer: public, not by Tandem, not
	 * by the reporter (whose id must be known).
	 */
	static boolean byPerson(JiraComment comment, TicketCase ticketCase, Optional<String> tandemId) {
		Optional<String> author = comment.author().map(JiraUser::id);
		Optional<String> reporter = ticketCase.ticket().reporterId();
		return comment.isPublic() && author.isPresent() && reporter.isPresent() && !author.get().equals(reporter.get())
				&& !author.equals(tandemId) && !comment.body().contains("(ref " + ticketCase.issueKey() + "/");
	}

	private Optional<PeopleOnCase.FirstResponse> firstPersonReply(JiraIssue issue, TicketCase ticketCase) {
		Optional<String> tandem = this.jira.myself().map(JiraUser::id);
		List<JiraComment> comments = issue.comments().isEmpty()
				? this.jira.client().map((client) -> client.comments(issue.key())).orElse(List.of()) : issue.comments();
		return comments.stream()
			.filter((comment) -> byPerson(comment, ticketCase, tandem))
			.min(Comparator.comparing(JiraComment::created))
			.map((comment) -> new PeopleOnCase.FirstResponse(comment.created(), comment.id(),
					comment.author().map(JiraUser::id), "catch-up"));
	}

	private static PeopleOnCase rated(PeopleOnCase people, int rating, Instant at, String source) {
		boolean same = people.satisfaction().map((known) -> known.rating() == rating).orElse(false);
		return same ? people : people.withSatisfaction(new PeopleOnCase.Satisfaction(rating, at, source));
	}

	private IntakeResult record(String issueId, UnaryOperator<PeopleOnCase> change) {
		for (int attempt = 1;; attempt++) {
			Optional<Versioned<TicketCase>> found = this.cases.find(issueId);
			if (found.isEmpty()) {
				return IntakeResult.IGNORED;
			}
			TicketCase current = found.get().value();
			PeopleOnCase changed = change.apply(current.people());
			if (changed.equals(current.people())) {
				return IntakeResult.DUPLICATE;
			}
			try {
				this.cases.save(found.get().with(current.withPeople(changed, this.clock.instant())));
				return IntakeResult.STORED;
			}
			catch (VersionConflictException ex) {
				if (attempt >= 10) {
					throw ex;
				}
			}
		}
	}

	private Optional<JsonNode> satisfactionItem(JsonNode changelog) {
		for (JsonNode item : changelog.path("items").values()) {
			String name = text(item, "field").orElse("").toLowerCase(Locale.ROOT);
			Optional<String> fieldId = text(item, "fieldId");
			if (name.equals(SATISFACTION) || (fieldId.isPresent() && fieldId.equals(this.satisfactionField))) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/**
	 * A rating 1-5 from a field value as Jira renders it: a number, a text starting with
	 * one, or an object with {@code rating}.
	 */
	static Optional<Integer> rating(Object value) {
		if (value instanceof JsonNode node) {
			if (node.isObject()) {
				return rating(node.path("rating"));
			}
			return (node.isNumber() || node.isString()) ? rating(node.asString()) : Optional.empty();
		}
		if (value instanceof Map<?, ?> map) {
			return rating(map.get("rating"));
		}
		if (value instanceof Number number) {
			double rating = number.doubleValue();
			return (rating == Math.rint(rating) && rating >= 1 && rating <= 5) ? Optional.of((int) rating)
					: Optional.empty();
		}
		if (value instanceof String text) {
			Matcher matcher = RATING.matcher(text);
			return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
		}
		return Optional.empty();
	}

	private static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isString() || value.isNumber()) && !value.asString().isBlank() ? Optional.of(value.asString())
				: Optional.empty();
	}

}
