package dev.tandem.connector.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import dev.tandem.connector.cases.AnswerFollowUp;
import dev.tandem.connector.cases.FollowUpOutcome;

/**
 * The one definition of what an automatic answer achieved, read by the article outcomes
 * ({@link ArticleOutcomes}, counted by Elasticsearch over the cases) and by the
 * dashboards (automated and durable resolution, counted in Java): both ask this class, so
 * an answer counts the same everywhere.
 * <ul>
 * <li><b>Resolved automatically</b>: the answer's outcome ({@link AnswerFollowUp}) is
 * {@code CONFIRMED} (the customer said it solved the problem) or
 * {@code CLOSED_WITHOUT_REPLY} (resolved in Jira, or no reply within the timeout), and no
 * reopening within the window undid it (that makes it {@code REOPENED}).</li>
 * <li><b>Durable</b> at a moment: resolved automatically, and the resolution has stood
 * {@code tandem.outcomes.durable-after} by then. The scheduled check records that moment
 * as {@code followUp.durableAt} (kept even if the setting changes later); until it has
 * run, resolution time + window says the same, so a late check never changes a
 * count.</li>
 * </ul>
 *
 * @param after how long a resolution must stand ({@code tandem.outcomes.durable-after})
 */
public record Durability(Duration after) {

	public Durability {
		Objects.requireNonNull(after, "after");
		if (after.isNegative()) {
			throw new IllegalArgumentException("tandem.outcomes.durable-after must not be negative, was " + after);
		}
	}

	public static Durability of(OutcomeProperties properties) {
		return new Durability(properties.durableAfter());
	}

	/** Confirmed, or closed without reply, and not undone by a reopening. */
	public static boolean resolvedAutomatically(AnswerFollowUp answer) {
		return answer.outcome() == FollowUpOutcome.CONFIRMED
				|| answer.outcome() == FollowUpOutcome.CLOSED_WITHOUT_REPLY;
	}

	/**
	 * When the answer's resolution became (or will become) durable, if it is resolved.
	 */
	public Optional<Instant> durableFrom(AnswerFollowUp answer) {
		if (!resolvedAutomatically(answer)) {
			return Optional.empty();
		}
		return answer.durableAt().or(() -> answer.resolvedAt().map((resolved) -> resolved.plus(this.after)));
	}

	/** Whether the answer's resolution was durable at {@code at}. */
	public boolean isDurable(AnswerFollowUp answer, Instant at) {
		return durableFrom(answer).filter((durable) -> !durable.isAfter(at)).isPresent();
	}

	/**
	 * {@link #isDurable} as a query on cases ({@code followUp.*} fields), for counting in
	 * Elasticsearch.
	 */
	public Query durableQuery(Instant at) {
		Query resolved = Query.of((q) -> q.terms((terms) -> terms.field("followUp.outcome")
			.terms((t) -> t.value(List.of(FieldValue.of(FollowUpOutcome.CONFIRMED.name()),
					FieldValue.of(FollowUpOutcome.CLOSED_WITHOUT_REPLY.name()))))));
		Query recordedDurable = notAfter("followUp.durableAt", at);
		Query notRecordedYet = Query
			.of((q) -> q.bool((bool) -> bool.filter(notAfter("followUp.resolvedAt", at.minus(this.after)))
				.mustNot((not) -> not.exists((exists) -> exists.field("followUp.durableAt")))));
		return Query.of((q) -> q.bool((bool) -> bool.filter(resolved)
			.filter((either) -> either
				.bool((b) -> b.should(recordedDurable).should(notRecordedYet).minimumShouldMatch("1")))));
	}

	private static Query notAfter(String field, Instant limit) {
		return Query
			.of((q) -> q.range((range) -> range.untyped((u) -> u.field(field).lte(JsonData.of(limit.toString())))));
	}

}
