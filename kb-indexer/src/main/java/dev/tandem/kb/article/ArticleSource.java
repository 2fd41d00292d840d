package dev.tandem.kb.article;

/**
 * Where a version of an article came from.
 */
public enum ArticleSource {

	/** Imported from files ({@code kb-indexer import}). */
	IMPORT,

	/** Written or edited in the admin UI. */
	UI,

	/** Drafted from a human agent's resolution of a ticket. */
	RESOLUTION

}
