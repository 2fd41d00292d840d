package dev.tandem.kb.ingest.internal;

import java.io.IOException;

/**
 * The file as a whole cannot be read as articles (binary, unsupported encoding). The
 * message says why, for people.
 */
public class NotImportableException extends IOException {

	public NotImportableException(String message) {
		super(message);
	}

}
