package dev.tandem.kb.harvest;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraIssue;
import dev.tandem.jira.JiraProperties;
import dev.tandem.kb.article.ArticleStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer harvest --jql "..." [--dry-run] [--limit N]}: mines tickets humans
 * already resolved into draft articles (or suggested edits of published ones).
 */
@Component
@Command(name = "harvest", mixinStandardHelpOptions = true,
		description = { "Draft knowledge-base articles from tickets people resolved in Jira (the tandem.jira.* site).",
				"Progress on standard error; ends with one line: drafts created N, suggested edits N, unchanged N, "
						+ "skipped N (reasons)." })
public class HarvestCommand implements Callable<Integer> {

	@Option(names = "--jql", required = true, paramLabel = "JQL",
			description = "which resolved tickets, e.g. \"project = SUP AND resolved >= -90d\"")
	String jql;

	@Option(names = "--dry-run", description = "report what would be drafted, store nothing")
	boolean dryRun;

	@Option(names = "--limit", paramLabel = "N", description = "harvest at most N tickets")
	Integer limit;

	private final Supplier<JiraClient> jira;

	private final String siteUrl;

	private final ResolutionHarvester harvester;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	@Autowired
	public HarvestCommand(ObjectProvider<JiraClient> jira, JiraProperties site, ResolutionHarvester harvester) {
		this(jira::getIfAvailable, site.baseUrl(), harvester);
	}

	/**
	 * @param jira the Jira client, or null when no site is configured
	 * @param siteUrl the site's base URL, for links to tickets
	 * @param harvester drafts articles
	 */
	HarvestCommand(Supplier<JiraClient> jira, String siteUrl, ResolutionHarvester harvester) {
		this.jira = jira;
		this.siteUrl = siteUrl;
		this.harvester = harvester;
	}

	void streams(PrintStream newOut, PrintStream newErr) {
		this.out = newOut;
		this.err = newErr;
	}

	@Override
	public Integer call() {
		if (this.limit != null && this.limit < 1) {
			this.err.println("harvest: --limit must be at least 1, got " + this.limit);
			return 2;
		}
		Optional<JiraClient> client = Optional.ofNullable(this.jira.get());
		if (client.isEmpty()) {
			this.err.println("harvest: no Jira site configured: set tandem.jira.base-url (and its credentials)");
			return 2;
		}
		HarvestReport report = new HarvestReport();
		try {
			Optional<String> tandem = Optional.of(client.get().myself().id());
			try (Stream<JiraIssue> issues = client.get().searchAll(this.jql)) {
				Iterator<JiraIssue> found = issues.iterator();
				while (found.hasNext() && (this.limit == null || report.total() < this.limit)) {
					JiraIssue issue = found.next();
					ResolvedTicket ticket = JiraResolutions.ticket(issue, client.get().comments(issue.key()), tandem,
							this.siteUrl, Optional.empty(), Optional.empty());
					HarvestOutcome outcome = this.dryRun ? this.harvester.preview(ticket)
							: this.harvester.harvest(ticket);
					report.add(outcome);
					this.err.println(progress(report.total(), outcome));
				}
			}
		}
		catch (JiraException ex) {
			this.err.println("harvest failed: Jira answered: " + ex.getMessage());
			this.out.println(report.summary());
			return 1;
		}
		catch (ArticleStoreException ex) {
			this.err.println("harvest failed: " + ex.getMessage());
			this.out.println(report.summary());
			return 1;
		}
		this.out.println((this.dryRun ? "dry run, nothing stored: " : "") + report.summary());
		return 0;
	}

	private String progress(int number, HarvestOutcome outcome) {
		String what = switch (outcome.kind()) {
			case DRAFT_CREATED -> (this.dryRun ? "would draft " : "drafted ") + outcome.articleId().orElse("");
			case SUGGESTED_EDIT -> (this.dryRun ? "would suggest " : "suggested ") + "an edit of "
					+ outcome.suggestedEditOf().orElse("") + " as " + outcome.articleId().orElse("");
			case UNCHANGED -> "unchanged: " + outcome.reason();
			case SKIPPED -> "skipped: " + outcome.reason();
		};
		return "[" + number + "] " + outcome.issueKey() + ": " + what;
	}

}
