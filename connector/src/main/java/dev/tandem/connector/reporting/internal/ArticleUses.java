package dev.tandem.connector.reporting.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.reporting.ServiceDeskReport.ArticleUse;
import dev.tandem.connector.triage.Answers;

/** Which articles answered, and which answers customers sent on to a person. */
final class ArticleUses {

	private ArticleUses() {
	}

	static List<ArticleUse> top(List<TicketCase> autoAnswered, int limit) {
		return uses(autoAnswered).stream()
			.sorted(Comparator.comparing((ArticleUse u) -> -u.answered()).thenComparing(ArticleUse::articleId))
			.limit(limit)
			.toList();
	}

	/** Articles with at least one escalation, worst escalation rate first. */
	static List<ArticleUse> failing(List<TicketCase> autoAnswered, int limit) {
		return uses(autoAnswered).stream()
			.filter((u) -> u.escalated() > 0)
			.sorted(Comparator.comparing((ArticleUse u) -> -(double) u.escalated() / u.answered())
				.thenComparing((ArticleUse u) -> -u.escalated())
				.thenComparing(ArticleUse::articleId))
			.limit(limit)
			.toList();
	}

	private static List<ArticleUse> uses(List<TicketCase> autoAnswered) {
		Map<String, ArticleUse> uses = new LinkedHashMap<>();
		for (TicketCase ticketCase : autoAnswered) {
			ticketCase.triage().flatMap((t) -> t.bestArticle()).ifPresent((Answers.Article article) -> {
				boolean escalated = ticketCase.outcome().filter((o) -> o == CaseOutcome.ESCALATED).isPresent();
				ArticleUse was = uses.getOrDefault(article.id(), new ArticleUse(article.id(), article.title(), 0, 0));
				uses.put(article.id(), new ArticleUse(article.id(), article.title(), was.answered() + 1,
						was.escalated() + (escalated ? 1 : 0)));
			});
		}
		return List.copyOf(uses.values());
	}

}
