package dev.tandem.kb.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * An article (or a whole file) that is not imported, and why. A rejected item changes
 * nothing in the store.
 *
 * @param location where it is
 * @param field the field that is wrong, empty when the problem is not one field's
 * (malformed JSON, unreadable file)
 * @param reason what is wrong, for a human
 */
public record RejectedItem(SourceLocation location, Optional<String> field, String reason) implements ImportItem {

	public RejectedItem {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(reason, "reason");
	}

	public static RejectedItem of(SourceLocation location, String reason) {
		return new RejectedItem(location, Optional.empty(), reason);
	}

	public static RejectedItem ofField(SourceLocation location, String field, String reason) {
		return new RejectedItem(location, Optional.of(field), reason);
	}

	/**
	 * One line for people:
	 * {@code docs/a.jsonl:3: field 'status': unknown status 'LIVE' (...)}.
	 * @return the description
	 */
	public String describe() {
		return this.location + ": " + this.field.map((name) -> "field '" + name + "': ").orElse("") + this.reason;
	}

}
