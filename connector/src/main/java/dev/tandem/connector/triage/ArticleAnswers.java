package dev.tandem.connector.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSaved;

import org.springframework.context.event.EventListener;

/**
 * The automatic-answer text of the articles that answer tickets, read from the article
 * store at most once per {@link #FRESH_FOR} and article: a busy knowledge base answers
 * many tickets with the same few articles, and every read costs Elasticsearch two
 * real-time gets (the article and the check for an interrupted save). A save in this
 * process replaces the text at once; one in another process (an editor on another
 * instance) is used at the latest {@link #FRESH_FOR} later.
 */
public class ArticleAnswers {

	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private static final int CAPACITY = 1024;

	private final ArticleRepository articles;

	private final Clock clock;

	private final Map<String, Read> byId = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
			return size() > CAPACITY;
		}

	};

	public ArticleAnswers(ArticleRepository articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	/** The article's automatic-answer text; empty when the article does not exist. */
	public String answerOf(String articleId) {
		Instant now = this.clock.instant();
		synchronized (this.byId) {
			Read known = this.byId.get(articleId);
			if (known != null && now.isBefore(known.at().plus(FRESH_FOR))) {
				return known.answer();
			}
		}
		String answer = this.articles.find(articleId).map((article) -> article.content().effectiveAnswer()).orElse("");
		synchronized (this.byId) {
			this.byId.put(articleId, new Read(answer, now));
		}
		return answer;
	}

	@EventListener
	void on(ArticleSaved saved) {
		synchronized (this.byId) {
			this.byId.remove(saved.id());
		}
	}

	private record Read(String answer, Instant at) {
	}

}
