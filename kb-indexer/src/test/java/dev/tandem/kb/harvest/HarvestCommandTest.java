package dev.tandem.kb.harvest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.InMemoryArticleRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code kb-indexer harvest} against the Jira stand-in (Cloud). */
class HarvestCommandTest {

	@RegisterExtension
	static JiraStandIn jira = JiraStandIn.cloud();

	private final JiraSamples samples = JiraSamples.cloud();

	private final InMemoryArticleRepository articles = new InMemoryArticleRepository(Clock.systemUTC());

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void stubs() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(JiraSamples.text(this.samples.user("557058:tandem-bot", "Tandem", null)))));
	}

	private int run(String... args) {
		ResolutionHarvester harvester = new ResolutionHarvester(this.articles, (question) -> Optional.empty(),
				(text) -> text.replace("casey@example.com", "[EMAIL]"), HarvestSettings.defaults());
		HarvestCommand command = new HarvestCommand(() -> jira.client(new JiraStandIn.InstantRetries()),
				"https://example.atlassian.net", harvester);
		command.streams(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return new CommandLine(command).execute(args);
	}

	@Test
	void draftsResolvedTicketsWithAnAgentReplyAndCountsTheRest() {
		ObjectNode answered = this.samples.resolved(
				this.samples.serviceRequest("SUP-1", "Export my data", "Please send it to casey@example.com"),
				"2026-11-20T10:00:00.000+0000");
		ObjectNode unanswered = this.samples.resolved(this.samples.serviceRequest("SUP-2", "Close my account", ""),
				"2026-11-20T11:00:00.000+0000");
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson(
				JiraSamples.text(this.samples.cloudSearchPage(List.of(answered, unanswered), Optional.empty())))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment"))
			.willReturn(okJson(JiraSamples.text(this.samples.commentsPage(0, 2,
					List.of(this.samples.comment("1",
							"Hi,\n\nSettings > Privacy > Export sends you the archive.\n\nBest,\nAlex", true),
							this.samples.comment("2", "internal: checked the logs", false)))))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-2/comment"))
			.willReturn(okJson(JiraSamples.text(this.samples.commentsPage(0, 0, List.of())))));

		int status = run("--jql", "project = SUP AND resolved >= -90d");

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("drafts created 1, suggested edits 0, unchanged 0, skipped 1 (no public reply by an agent: 1)");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("[1] SUP-1: drafted resolutions/sup-1")
			.contains("[2] SUP-2: skipped: no public reply by an agent");
		var draft = this.articles.find("resolutions/sup-1").orElseThrow().content();
		assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.body()).isEqualTo("Settings > Privacy > Export sends you the archive.");
		assertThat(draft.questions().toString()).doesNotContain("casey@example.com");
		assertThat(Provenance.of(draft).flatMap(Provenance::link))
			.contains("https://example.atlassian.net/browse/SUP-1");

		this.out.reset();
		assertThat(run("--jql", "project = SUP AND resolved >= -90d")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.startsWith("drafts created 0, suggested edits 0, unchanged 1, skipped 1");
	}

	@Test
	void aDryRunStoresNothingAndALimitStopsEarly() {
		ObjectNode first = this.samples.resolved(this.samples.serviceRequest("SUP-1", "Export my data", ""),
				"2026-11-20T10:00:00.000+0000");
		ObjectNode second = this.samples.resolved(this.samples.serviceRequest("SUP-2", "Export my files", ""),
				"2026-11-20T10:00:00.000+0000");
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(
				okJson(JiraSamples.text(this.samples.cloudSearchPage(List.of(first, second), Optional.empty())))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment"))
			.willReturn(okJson(JiraSamples.text(this.samples.commentsPage(0, 1,
					List.of(this.samples.comment("1", "Settings > Privacy > Export sends you the archive.", true)))))));

		int status = run("--jql", "resolved >= -1d", "--dry-run", "--limit", "1");

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("dry run, nothing stored: drafts created 1, suggested edits 0, unchanged 0, skipped 0");
		assertThat(this.articles.saveCount()).isZero();
	}

	@Test
	void aJiraFailureEndsWithAClearMessageAndStatusOne() {
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(JiraSamples
				.text(JiraSamples.error(List.of("Error in the JQL Query: 'resolvd' is not a field"), null, null)))));

		int status = run("--jql", "resolvd >= -1d");

		assertThat(status).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("harvest failed: Jira answered:")
			.contains("resolvd");
	}

	@Test
	void withoutAJiraSiteItSaysWhatToConfigure() {
		ResolutionHarvester harvester = new ResolutionHarvester(this.articles, (question) -> Optional.empty(),
				(text) -> text, HarvestSettings.defaults());
		HarvestCommand command = new HarvestCommand(() -> null, "", harvester);
		command.streams(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));

		assertThat(new CommandLine(command).execute("--jql", "x")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("set tandem.jira.base-url");
	}

}
