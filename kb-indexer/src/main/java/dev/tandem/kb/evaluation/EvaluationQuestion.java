package dev.tandem.kb.evaluation;

import java.util.Objects;
import java.util.Set;

/**
 * A question with the articles that answer it.
 *
 * @param id the question's id
 * @param text the question
 * @param expected ids of the articles that are a right answer; empty when the knowledge
 * base does not cover the question (any automatic answer is then wrong)
 */
public record EvaluationQuestion(String id, String text, Set<String> expected) {

	public EvaluationQuestion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(text, "text");
		expected = Set.copyOf(expected);
	}

	public boolean inScope() {
		return !this.expected.isEmpty();
	}

}
