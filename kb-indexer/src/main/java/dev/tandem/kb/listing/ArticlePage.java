package dev.tandem.kb.listing;

import java.util.List;

import dev.tandem.kb.article.StoredArticle;

/**
 * One page of a listing.
 *
 * @param articles the articles on this page, ordered by last change, newest first
 * @param total how many articles match in all
 * @param page this page's number, from 0
 * @param size the page size asked for
 */
public record ArticlePage(List<StoredArticle> articles, long total, int page, int size) {

	public ArticlePage {
		articles = List.copyOf(articles);
	}

}
