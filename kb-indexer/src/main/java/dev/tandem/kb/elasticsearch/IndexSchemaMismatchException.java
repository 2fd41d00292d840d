package dev.tandem.kb.elasticsearch;

/**
 * The live index was created from another mapping than the one this build of Tandem
 * expects; {@code kb-indexer reindex} rebuilds it with the expected one.
 */
public class IndexSchemaMismatchException extends IndexLifecycleException {

	public IndexSchemaMismatchException(String message) {
		super(message);
	}

}
