package dev.tandem.kb.article;

/**
 * The article store could not do what was asked (unreachable, refused, a concurrent
 * change that did not resolve). Nothing was half-written: an article is either saved
 * entirely or not at all.
 */
public class ArticleStoreException extends RuntimeException {

	public ArticleStoreException(String message) {
		super(message);
	}

	public ArticleStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
