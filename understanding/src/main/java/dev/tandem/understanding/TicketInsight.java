package dev.tandem.understanding;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.language.LanguageDetection;
import dev.tandem.understanding.priority.PriorityAssessment;
import dev.tandem.understanding.privacy.MaskedText;
import dev.tandem.understanding.sentiment.SentimentAssessment;

/**
 * Everything Tandem understood about one ticket. Holds only masked text, so it is safe to
 * store, index and log.
 *
 * @param language detected language (dominant and secondary)
 * @param sentiment five-level sentiment with anger, complaint risk, request for a person,
 * urgency
 * @param priority suggested Jira priority with basis, rules fired and SLA
 * @param summary the summary with personal data masked
 * @param description the description with personal data masked
 * @param notes about the input itself: empty, cut because huge, binary junk removed
 */
public record TicketInsight(LanguageDetection language, SentimentAssessment sentiment, PriorityAssessment priority,
		MaskedText summary, MaskedText description, List<Evidence> notes) {

	public TicketInsight {
		notes = List.copyOf(notes);
	}

	/** All evidence behind the result: notes, language, sentiment, priority, masking. */
	public List<Evidence> explanations() {
		List<Evidence> all = new ArrayList<>(this.notes);
		all.addAll(this.language.evidence());
		all.addAll(this.sentiment.evidence());
		all.addAll(this.priority.evidence());
		int masks = this.summary.masks().size() + this.description.masks().size();
		if (masks > 0) {
			List<String> counts = new ArrayList<>();
			this.summary.counts().forEach((type, n) -> counts.add(type.placeholder() + " x" + n + " in summary"));
			this.description.counts()
				.forEach((type, n) -> counts.add(type.placeholder() + " x" + n + " in description"));
			all.add(Evidence.note("privacy", "masked " + String.join(", ", counts)));
		}
		return all;
	}

	/** One line per explanation, for agents and the try-it console. */
	public List<String> reasons() {
		return explanations().stream().map(Evidence::toString).toList();
	}

}
