package dev.tandem.kb.ingest;

/**
 * One article read from an import file: either valid and ready to save, or rejected with
 * the reason.
 */
public sealed interface ImportItem permits ValidArticle, RejectedItem {

	SourceLocation location();

}
