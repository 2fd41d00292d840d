package dev.tandem.kb.elasticsearch;

/**
 * Receives progress of {@link IndexLifecycle#rebuild}; called from the rebuilding thread
 * after every page of documents.
 */
@FunctionalInterface
public interface RebuildProgress {

	void update(RebuildStatus status);

	static RebuildProgress none() {
		return (status) -> {
		};
	}

}
