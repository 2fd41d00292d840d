package dev.tandem.kb.retrieval;

/**
 * What part of an article a searchable unit is. An article is found by its title, each of
 * its example questions, and each passage of its body.
 */
public enum UnitKind {

	TITLE("title"), QUESTION("example question"), PASSAGE("body passage");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	/** How the unit is named in explanations. */
	public String label() {
		return this.label;
	}

}
