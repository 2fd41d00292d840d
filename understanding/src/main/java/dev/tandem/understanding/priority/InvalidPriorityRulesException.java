package dev.tandem.understanding.priority;

import java.util.List;

/**
 * Priority rules refused as a whole; {@link #problems()} names every field that is wrong,
 * e.g. {@code rules[2].patterns[0]: invalid regular expression ...}.
 */
public class InvalidPriorityRulesException extends IllegalArgumentException {

	private final List<String> problems;

	public InvalidPriorityRulesException(List<String> problems) {
		super("Invalid priority rules: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
