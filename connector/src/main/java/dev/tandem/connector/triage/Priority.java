package dev.tandem.connector.triage;

/** Jira's default priorities, highest first. */
public enum Priority {

	HIGHEST("Highest"), HIGH("High"), MEDIUM("Medium"), LOW("Low"), LOWEST("Lowest");

	private final String jiraName;

	Priority(String jiraName) {
		this.jiraName = jiraName;
	}

	/** The name Jira shows and accepts, e.g. {@code High}. */
	public String jiraName() {
		return this.jiraName;
	}

}
