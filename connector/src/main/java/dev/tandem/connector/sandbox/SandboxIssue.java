package dev.tandem.connector.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One ticket of the sandbox's Jira with its comments. Mutable: only {@link SandboxJira}
 * changes it, under its lock.
 */
final class SandboxIssue {

	final String id;

	final String key;

	final String summary;

	final String description;

	final String reporterId;

	final Instant created;

	final List<Comment> comments = new ArrayList<>();

	final Set<String> labels = new LinkedHashSet<>();

	Optional<String> assignee = Optional.empty();

	String status = "Open";

	String priority = "Medium";

	Instant updated;

	SandboxIssue(String id, String key, String summary, String description, String reporterId, Instant created) {
		this.id = id;
		this.key = key;
		this.summary = summary;
		this.description = description;
		this.reporterId = reporterId;
		this.created = created;
		this.updated = created;
	}

	/**
	 * A comment on the ticket.
	 *
	 * @param id Jira comment id
	 * @param authorId the sandbox user who wrote it
	 * @param body its ADF document
	 * @param internal whether only agents see it
	 * @param created when it was written
	 */
	record Comment(String id, String authorId, JsonNode body, boolean internal, Instant created) {

	}

	/**
	 * A sandbox user: the bot, customers and the demo agents.
	 *
	 * @param id account id
	 * @param name display name
	 * @param zone time zone id
	 * @param groups groups it belongs to
	 * @param email e-mail address, or null when hidden
	 */
	record User(String id, String name, String zone, Set<String> groups, String email) {

	}

}
