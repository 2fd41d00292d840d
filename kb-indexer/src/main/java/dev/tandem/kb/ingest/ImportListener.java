package dev.tandem.kb.ingest;

/**
 * Follows an import while it runs (a console progress bar, a UI). Every method has a
 * default that does nothing. Called on the importing thread; keep it quick.
 */
public interface ImportListener {

	ImportListener NONE = new ImportListener() {
	};

	default void started(ImportProgress progress) {
	}

	/**
	 * After each item (saved, unchanged or rejected).
	 */
	default void progressed(ImportProgress progress) {
	}

	default void rejected(RejectedItem item) {
	}

	default void skipped(SkippedFile file) {
	}

	default void warned(ImportWarning warning) {
	}

	default void finished(ImportReport report) {
	}

}
