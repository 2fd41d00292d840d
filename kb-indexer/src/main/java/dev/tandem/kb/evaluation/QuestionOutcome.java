package dev.tandem.kb.evaluation;

import java.util.Optional;

/**
 * What happened to one evaluation question.
 *
 * @param question the question
 * @param top the best article, if any
 * @param confidence its calibrated confidence
 * @param answered whether it cleared the threshold
 * @param millis time taken to retrieve it alone (analysis, embedding, search, fusion);
 * NaN when it was retrieved in a batch
 */
public record QuestionOutcome(EvaluationQuestion question, Optional<String> top, double confidence, boolean answered,
		double millis) {

	public boolean topIsRight() {
		return this.top.map(this.question.expected()::contains).orElse(false);
	}

	public boolean answeredRight() {
		return this.answered && topIsRight();
	}

}
