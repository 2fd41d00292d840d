package dev.tandem.kb.answering;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.retrieval.RetrievalException;
import dev.tandem.kb.retrieval.RetrievalFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer search "question"}: the articles found, scores and why, as a table.
 */
@Component
@Command(name = "search", mixinStandardHelpOptions = true,
		description = "Search the knowledge base and show why each article matched.")
public class SearchCommand implements Callable<Integer> {

	@Parameters(paramLabel = "QUESTION", arity = "1..*", description = "the question (several words are joined)")
	List<String> words;

	@Option(names = "--status", split = ",", paramLabel = "STATUS",
			description = "statuses searched (default PUBLISHED; e.g. DRAFT,PUBLISHED)")
	List<ArticleStatus> statuses = List.of(ArticleStatus.PUBLISHED);

	@Option(names = "--category", description = "only this category")
	String category;

	@Option(names = "--limit", defaultValue = "5", description = "articles shown (1-20, default 5)")
	int limit;

	private final AnswerRetriever retriever;

	public SearchCommand(AnswerRetriever retriever) {
		this.retriever = retriever;
	}

	@Override
	public Integer call() {
		if (this.limit < 1 || this.limit > 20) {
			System.err.println("--limit must be 1 to 20, got " + this.limit);
			return 2;
		}
		String question = String.join(" ", this.words);
		RetrievalFilter filter = new RetrievalFilter(EnumSet.copyOf(this.statuses), Optional.empty(),
				Optional.ofNullable(this.category));
		try {
			RetrievalResult result = this.retriever.retrieve(question, new RetrievalOptions(filter, this.limit));
			System.out.println(render(result));
			return 0;
		}
		catch (RetrievalException ex) {
			System.err.println("search failed: " + ex.getMessage());
			return 1;
		}
	}

	static String render(RetrievalResult result) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "language %s, confidence %.3f, threshold %.3f: %s%n", result.language(),
				result.confidence(), result.threshold(),
				result.answerable() ? "ANSWER automatically" : "not confident enough to answer automatically"));
		result.calibrationWarning().ifPresent((w) -> out.append("warning: ").append(w).append('\n'));
		if (result.articles().isEmpty()) {
			return out.append("No article found.").toString();
		}
		out.append(String.format(Locale.ROOT, "%-3s %-6s %-30s %-40s %s%n", "#", "score", "article", "title", "why"));
		int rank = 1;
		for (ArticleMatch match : result.articles()) {
			out.append(String.format(Locale.ROOT, "%-3d %-6.3f %-30s %-40s %s%n", rank++, match.score(),
					cut(match.id() + (match.status() == ArticleStatus.PUBLISHED ? "" : " [" + match.status() + "]"),
							30),
					cut(match.title(), 40), match.explanation().summary()));
		}
		return out.toString().stripTrailing();
	}

	private static String cut(String text, int width) {
		return (text.length() <= width) ? text : text.substring(0, width - 1) + "…";
	}

}
