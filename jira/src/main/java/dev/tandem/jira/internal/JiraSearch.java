package dev.tandem.jira.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.SearchPage;
import dev.tandem.jira.internal.JiraJson.UnreadableResponse;
import tools.jackson.databind.JsonNode;

/** JQL search: single pages and a lazy stream over all of them. */
final class JiraSearch {

	private final JiraHttp http;

	private final JiraDialect dialect;

	private final JiraReader reader;

	private final int pageSize;

	JiraSearch(JiraHttp http, JiraDialect dialect, JiraReader reader, int pageSize) {
		this.http = http;
		this.dialect = dialect;
		this.reader = reader;
		this.pageSize = pageSize;
	}

	SearchPage page(String jql, Optional<String> pageToken, int maxResults) {
		if (jql == null || jql.isBlank()) {
			throw new IllegalArgumentException("JQL must not be blank");
		}
		if (maxResults < 1 || maxResults > 100) {
			throw new IllegalArgumentException("maxResults must be between 1 and 100, was " + maxResults);
		}
		JiraRequest request = this.dialect.searchRequest(jql, pageToken, maxResults);
		JsonNode answer = this.http.execute(request);
		try {
			JsonNode schema = answer.path("schema");
			List<JiraIssue> issues = answer.path("issues")
				.values()
				.stream()
				.map((issue) -> this.reader.issue(issue, schema))
				.toList();
			Optional<String> next = this.dialect.nextPageToken(answer, pageToken);
			if (next.isPresent() && next.equals(pageToken)) {
				throw new UnreadableResponse("the next page token repeats the current one");
			}
			return new SearchPage(issues, next);
		}
		catch (UnreadableResponse ex) {
			throw this.http.classifier().invalidResponse(request.describe(), ex.getMessage(), ex);
		}
	}

	Stream<JiraIssue> all(String jql) {
		Iterator<SearchPage> pages = new Iterator<>() {

			private Optional<SearchPage> previous = Optional.empty();

			@Override
			public boolean hasNext() {
				return this.previous.isEmpty() || !this.previous.get().isLast();
			}

			@Override
			public SearchPage next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				SearchPage page = page(jql, this.previous.flatMap(SearchPage::nextPageToken), JiraSearch.this.pageSize);
				this.previous = Optional.of(page);
				return page;
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
			.flatMap((page) -> page.issues().stream());
	}

}
