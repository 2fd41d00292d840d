package dev.tandem.admin.tryit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.answering.ArticleMatch;
import dev.tandem.kb.answering.RetrievalOptions;
import dev.tandem.kb.answering.RetrievalResult;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.understanding.TicketAnalyzer;
import dev.tandem.understanding.TicketInsight;
import dev.tandem.understanding.TicketText;
import dev.tandem.understanding.sentiment.SentimentAssessment;
import dev.tandem.understanding.sentiment.SentimentLabel;
import dev.tandem.understanding.sentiment.SentimentSignals;

/**
 * The try-it console's previewer: masks and reads the ticket ({@link TicketAnalyzer}),
 * asks retrieval for published articles with the masked text ({@link AnswerRetriever})
 * and applies the default triage rules. Built directly on the two libraries because the
 * connector's triage preview service is not on this branch yet; replace this bean with an
 * adapter to it once it is (the view only knows {@link TicketPreviewer}).
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER', 'MANAGER')")
public class AnalyzingTicketPreviewer implements TicketPreviewer {

	/** Below this confidence a suggestion would mislead more than help. */
	static final double ASSIST_MIN_CONFIDENCE = 0.3;

	private final TicketAnalyzer analyzer;

	private final AnswerRetriever retriever;

	AnalyzingTicketPreviewer(TicketAnalyzer analyzer, AnswerRetriever retriever) {
		this.analyzer = analyzer;
		this.retriever = retriever;
	}

	@Override
	public TicketPreview preview(String summary, String description) {
		TicketInsight insight = this.analyzer.analyze(TicketText.of(summary, description));
		String masked = masked(insight);
		RetrievalResult retrieval = this.retriever.retrieve(masked, RetrievalOptions.defaults());
		List<TicketPreview.Reason> reasons = new ArrayList<>();
		TicketPreview.Decision decision = fromRetrieval(retrieval, reasons);
		SentimentAssessment sentiment = insight.sentiment();
		SentimentSignals signals = sentiment.signals();
		if (sentiment.label() == SentimentLabel.VERY_NEGATIVE || signals.isAngry() || signals.isComplaintRisk()) {
			decision = TicketPreview.Decision.HUMAN;
			reasons.add(TicketPreview.Reason.of("try-it.reason.upset", sentiment.score()));
		}
		if (signals.humanRequested()) {
			decision = TicketPreview.Decision.HUMAN;
			reasons.add(TicketPreview.Reason.of("try-it.reason.person-requested"));
		}
		return new TicketPreview(decision, retrieval.confidence(), retrieval.threshold(),
				retrieval.calibrationWarning(), insight.language().language().code(),
				retrieval.articles().stream().map(AnalyzingTicketPreviewer::article).toList(),
				new TicketPreview.Sentiment(sentiment.label(), sentiment.score(), signals.anger(),
						signals.complaintRisk(), signals.urgency(), signals.humanRequested()),
				insight.priority().priority(), masked, reasons, insight.reasons());
	}

	private static TicketPreview.Decision fromRetrieval(RetrievalResult retrieval, List<TicketPreview.Reason> reasons) {
		Optional<ArticleMatch> best = retrieval.best();
		if (best.isEmpty()) {
			reasons.add(TicketPreview.Reason.of("try-it.reason.no-article"));
			return TicketPreview.Decision.HUMAN;
		}
		String title = best.get().title();
		if (retrieval.answerable()) {
			reasons.add(TicketPreview.Reason.of("try-it.reason.answerable", title, retrieval.confidence(),
					retrieval.threshold()));
			return TicketPreview.Decision.AUTO_ANSWER;
		}
		if (retrieval.confidence() >= ASSIST_MIN_CONFIDENCE) {
			reasons.add(TicketPreview.Reason.of("try-it.reason.assist", title, retrieval.confidence(),
					retrieval.threshold()));
			return TicketPreview.Decision.ASSIST;
		}
		reasons.add(TicketPreview.Reason.of("try-it.reason.weak", title, retrieval.confidence()));
		return TicketPreview.Decision.HUMAN;
	}

	private static String masked(TicketInsight insight) {
		String summary = insight.summary().text();
		String description = insight.description().text();
		if (summary.isBlank()) {
			return description;
		}
		return description.isBlank() ? summary : summary + "\n\n" + description;
	}

	private static TicketPreview.Article article(ArticleMatch match) {
		return new TicketPreview.Article(match.id(), match.title(), match.category(),
				match.status() == ArticleStatus.PUBLISHED, match.score(), match.explanation().summary());
	}

}
