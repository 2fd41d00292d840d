package dev.tandem.kb.harvest;

import java.util.List;
import java.util.Optional;

import dev.tandem.jira.JiraComment;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraUser;

/**
 * Reads a resolved Jira issue as a {@link ResolvedTicket}: the agents' replies are the
 * public comments by anyone but the reporter and Tandem itself (Tandem's comments carry
 * the {@code (ref KEY/...)} line, or are written by Tandem's account).
 */
public final class JiraResolutions {

	private JiraResolutions() {
	}

	/**
	 * @param issue the issue
	 * @param comments its comments, oldest first
	 * @param tandemAccount the account Tandem writes as, when known
	 * @param siteUrl the Jira site's base URL, for a link to the ticket (blank: no link)
	 * @param category category hint
	 * @param language language hint
	 */
	public static ResolvedTicket ticket(JiraIssue issue, List<JiraComment> comments, Optional<String> tandemAccount,
			String siteUrl, Optional<String> category, Optional<String> language) {
		Optional<String> reporter = issue.reporter().map(JiraUser::id);
		List<String> replies = comments.stream()
			.filter(JiraComment::isPublic)
			.filter((comment) -> !comment.body().contains("(ref " + issue.key() + "/"))
			.filter((comment) -> comment.author()
				.map((author) -> !author.id().equals(reporter.orElse(null))
						&& !author.id().equals(tandemAccount.orElse(null)))
				.orElse(false))
			.map(JiraComment::body)
			.toList();
		return new ResolvedTicket(issue.key(), link(siteUrl, issue.key()), issue.summary(), issue.description(),
				replies, category, language);
	}

	/** {@code <site>/browse/<key>}, empty without a site. */
	public static Optional<String> link(String siteUrl, String issueKey) {
		if (siteUrl == null || siteUrl.isBlank()) {
			return Optional.empty();
		}
		String base = siteUrl.strip();
		return Optional.of((base.endsWith("/") ? base : base + "/") + "browse/" + issueKey);
	}

}
