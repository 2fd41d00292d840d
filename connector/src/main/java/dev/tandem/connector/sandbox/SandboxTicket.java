package dev.tandem.connector.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A sandbox ticket as the admin UI shows it.
 *
 * @param key issue key, e.g. {@code DEMO-3}
 * @param id issue id
 * @param summary summary
 * @param description description
 * @param reporter the customer's name
 * @param assignee who it is assigned to
 * @param status workflow status
 * @param priority priority
 * @param labels labels
 * @param comments comments, oldest first
 * @param created when it was created
 */
public record SandboxTicket(String key, String id, String summary, String description, String reporter,
		Optional<String> assignee, String status, String priority, List<String> labels, List<Comment> comments,
		Instant created) {

	/**
	 * A comment.
	 *
	 * @param id comment id
	 * @param author who wrote it
	 * @param text plain text
	 * @param internal whether only agents see it
	 * @param created when
	 */
	public record Comment(String id, String author, String text, boolean internal, Instant created) {

	}

}
