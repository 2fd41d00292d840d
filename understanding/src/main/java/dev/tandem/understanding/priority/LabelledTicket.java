package dev.tandem.understanding.priority;

import java.util.Objects;

/**
 * A resolved ticket from the organisation's history with the priority it had, for
 * training ({@link PriorityModelTrainer#train(java.util.List)}).
 *
 * @param text summary and description (mask personal data before storing these)
 * @param priority the priority the ticket ended up with
 */
public record LabelledTicket(String text, Priority priority) {

	public LabelledTicket {
		text = (text != null) ? text : "";
		Objects.requireNonNull(priority, "priority");
	}

	public static LabelledTicket of(String summary, String description, Priority priority) {
		return new LabelledTicket(Objects.toString(summary, "") + "\n" + Objects.toString(description, ""), priority);
	}

}
