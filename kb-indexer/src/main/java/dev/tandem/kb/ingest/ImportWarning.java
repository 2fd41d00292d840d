package dev.tandem.kb.ingest;

import java.util.Objects;

/**
 * Something worth knowing that rejects nothing, e.g. an unknown field that was ignored.
 *
 * @param location where
 * @param message what
 */
public record ImportWarning(SourceLocation location, String message) {

	public ImportWarning {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(message, "message");
	}

	public String describe() {
		return this.location + ": " + this.message;
	}

}
