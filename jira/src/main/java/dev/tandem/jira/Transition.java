package dev.tandem.jira;

import java.util.Objects;

/**
 * A workflow transition available on an issue.
 *
 * @param id Jira's transition id
 * @param name the transition's name as shown on the issue (e.g. "Resolve")
 * @param toStatus the status the issue is in afterwards
 */
public record Transition(String id, String name, String toStatus) {

	public Transition {
		Objects.requireNonNull(id, "id");
		name = Objects.requireNonNullElse(name, id);
		toStatus = Objects.requireNonNullElse(toStatus, "");
	}

	@Override
	public String toString() {
		return "'" + this.name + "' (id " + this.id + ", to '" + this.toStatus + "')";
	}

}
