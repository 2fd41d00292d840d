package dev.tandem.connector.endtoend;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.tandem.connector.triage.AnswerCandidates;
import dev.tandem.connector.triage.Answers;

/**
 * Retrieval stand-in: refund questions are answerable (billing), invoice questions get a
 * suggestion, anything else matches nothing.
 */
final class FakeKnowledgeBase implements AnswerCandidates {

	static final Answers.Article REFUND = new Answers.Article("refund-time", "How long a refund takes",
			Optional.of("billing"), "Refunds reach your account within 5 business days.",
			Optional.of("https://help.example.com/articles/refund-time"), 0.91);

	static final Answers.Article INVOICE = new Answers.Article("invoice-copy", "Getting a copy of an invoice",
			Optional.of("billing"), "Download invoices under Account > Billing.",
			Optional.of("https://help.example.com/articles/invoice-copy"), 0.62);

	@Override
	public Answers find(String maskedQuestion) {
		String text = maskedQuestion.toLowerCase(Locale.ROOT);
		if (text.contains("refund") || text.contains("退款")) {
			return new Answers(true, 0.97, Optional.empty(), List.of(REFUND, INVOICE), List.of("matched refund"));
		}
		if (text.contains("invoice")) {
			return new Answers(false, 0.7, Optional.empty(), List.of(INVOICE), List.of("matched invoice"));
		}
		return Answers.nothing("no article matched");
	}

}
