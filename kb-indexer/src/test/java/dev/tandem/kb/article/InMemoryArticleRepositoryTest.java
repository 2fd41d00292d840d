package dev.tandem.kb.article;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class InMemoryArticleRepositoryTest extends ArticleRepositoryContract {

	@Override
	protected ArticleRepository emptyRepository() {
		return new InMemoryArticleRepository(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
	}

}
