package dev.tandem.kb.harvest;

/** Why a resolved ticket gives no draft. */
public enum SkipReason {

	NO_AGENT_REPLY("no public reply by an agent"),

	REPLY_HAS_NO_CONTENT("the agents' replies hold only greetings, signatures or quoted text"),

	NO_QUESTION("the ticket has neither summary nor description");

	private final String description;

	SkipReason(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
