package dev.tandem.admin.kb;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.tandem.connector.outcomes.ArticleEffectiveness;

/**
 * An article's effectiveness in the grid: its failure rate (or that it was never shown,
 * or has no settled answer yet) with a "flagged" badge, the counts below, and every count
 * spelled out on hover.
 */
class EffectivenessCell extends Div {

	EffectivenessCell(ArticleSummary article) {
		ArticleEffectiveness outcomes = article.effectiveness();
		addClassName("tandem-kb-effectiveness");
		Span headline = new Span(headline(article));
		headline.addClassNames("tandem-kb-effectiveness-headline",
				"tandem-kb-effectiveness-" + article.performance().name().toLowerCase(Locale.ROOT));
		Div first = new Div(headline);
		if (outcomes.flaggedForReview()) {
			Span flagged = new Span(getTranslation("kb.effectiveness.flagged"));
			flagged.addClassNames("tandem-badge", "tandem-badge-error", "tandem-kb-flagged");
			first.add(flagged);
		}
		add(first);
		if (outcomes.shown() > 0) {
			Div counts = new Div(getTranslation("kb.effectiveness.counts", outcomes.shown(), outcomes.accepted(),
					outcomes.rejected(), outcomes.reopened(), outcomes.durable()));
			counts.addClassName("tandem-cell-id");
			add(counts);
		}
		getElement().setAttribute("title", details(article));
	}

	private String headline(ArticleSummary article) {
		return switch (article.performance()) {
			case NEVER_SHOWN -> getTranslation("kb.effectiveness.never-shown");
			case UNSETTLED -> getTranslation("kb.effectiveness.unsettled");
			default -> getTranslation("kb.effectiveness.failure-rate",
					String.format(Locale.ROOT, "%.0f", 100 * article.failureShare().orElse(0)));
		};
	}

	private String details(ArticleSummary article) {
		ArticleEffectiveness outcomes = article.effectiveness();
		if (outcomes.shown() == 0) {
			return getTranslation("kb.effectiveness.never-shown.detail");
		}
		return getTranslation("kb.effectiveness.detail", outcomes.shown(), outcomes.accepted(), outcomes.rejected(),
				outcomes.reopened(), outcomes.closedWithoutReply(), outcomes.durable(), outcomes.pending(),
				outcomes.settled());
	}

}
