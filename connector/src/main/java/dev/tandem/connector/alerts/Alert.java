package dev.tandem.connector.alerts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A spike Tandem noticed, kept until a person acknowledges it ({@code <prefix>-alerts}).
 *
 * @param id stable per kind, topic and window, so instances never raise it twice
 * @param kind what spiked
 * @param topic the category, for {@link Kind#TOPIC_SPIKE}
 * @param windowStart start of the window that spiked
 * @param windowEnd its end
 * @param count tickets in the window
 * @param baselineMean mean per window before it
 * @param threshold the count the window had to exceed
 * @param raisedAt when noticed
 * @param acknowledgedBy who acknowledged it
 * @param acknowledgedAt when
 */
public record Alert(String id, Kind kind, Optional<String> topic, Instant windowStart, Instant windowEnd, long count,
		double baselineMean, double threshold, Instant raisedAt, Optional<String> acknowledgedBy,
		Optional<Instant> acknowledgedAt) {

	public Alert {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		topic = Objects.requireNonNullElse(topic, Optional.empty());
		acknowledgedBy = Objects.requireNonNullElse(acknowledgedBy, Optional.empty());
		acknowledgedAt = Objects.requireNonNullElse(acknowledgedAt, Optional.empty());
	}

	public boolean open() {
		return this.acknowledgedAt.isEmpty();
	}

	public Alert acknowledged(String by, Instant at) {
		return new Alert(this.id, this.kind, this.topic, this.windowStart, this.windowEnd, this.count,
				this.baselineMean, this.threshold, this.raisedAt, Optional.of(by), Optional.of(at));
	}

	/** What spiked. */
	public enum Kind {

		/** Tickets with a negative or very negative tone. */
		NEGATIVE_SENTIMENT,

		/** Tickets of one category. */
		TOPIC_SPIKE

	}

}
