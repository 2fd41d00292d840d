package dev.tandem.connector.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tandem.connector.cases.CaseOutcome;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.HarvestStep;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.triage.Decision;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.answering.RetrievalOptions;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.harvest.ReviewItem;
import dev.tandem.kb.harvest.ReviewQueue;
import dev.tandem.kb.ingest.ArticleImporter;
import dev.tandem.kb.ingest.ImportListener;
import dev.tandem.kb.ingest.ImportOptions;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole learning loop on a real knowledge base (the demo company's 40 articles, which
 * say nothing about exporting one's data): a ticket is escalated, an agent answers and
 * resolves it in Jira, a draft appears, a knowledge manager publishes it, and the same
 * question in other words is then answered automatically.
 */
class LearningLoopIT {

	@RegisterExtension
	static JiraStandIn jira = JiraStandIn.cloud();

	private static final String QUESTION = "How do I export all my account data?";

	private static final String REWORDED = "Can I export a copy of all the data in my account?";

	private static final String AGENT_ANSWER = "Go to Settings > Privacy > Export data and click \"Request export\". "
			+ "We e-mail you a download link to a ZIP archive with all your files, comments and settings within 24 hours.";

	private final Deliveries deliveries = new Deliveries(JiraFlavor.CLOUD);

	private final JiraSamples samples = JiraSamples.cloud();

	private final JsonMapper json = JsonMapper.builder().build();

	private RunningConnector connector;

	@BeforeEach
	void start() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(JiraSamples.text(this.samples.user("557058:tandem-bot", "Tandem", null)))));
		jira.stub(post(urlPathEqualTo("/rest/api/3/search/jql"))
			.willReturn(okJson(JiraSamples.text(this.samples.cloudSearchPage(List.of(), Optional.empty())))));
		this.connector = RunningConnector
			.startWithKnowledgeBase(RunningConnector.settings(jira.properties(), "learning-loop"));
		seedKnowledgeBase();
	}

	@AfterEach
	void stop() {
		this.connector.close();
	}

	@Test
	void aResolutionBecomesADraftWhichOncePublishedAnswersTheQuestionAutomatically() {
		assertThat(answerable(REWORDED)).as("the knowledge base does not answer it yet").isFalse();

		// 1. The ticket arrives; Tandem cannot answer it and hands it to a person.
		ObjectNode first = this.deliveries.issue("SUP-1", QUESTION,
				"I need a copy of everything stored in my account for our records. Contact me at casey@example.com.");
		stubWrites("SUP-1");
		assertThat(this.connector.deliver(this.deliveries.issueCreated(first), "created-1").statusCode())
			.isEqualTo(202);
		TicketCase escalated = awaitCase(first, (found) -> found.state() == CaseState.DONE);
		assertThat(escalated.triage().orElseThrow().decision()).isNotEqualTo(Decision.AUTO_ANSWER);

		// 2. The agent answers publicly and resolves it in Jira.
		ObjectNode resolved = this.samples.resolved(first.deepCopy(), "2026-11-21T11:00:00.000+0000");
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1")).willReturn(okJson(JiraSamples.text(resolved))));
		ObjectNode agentReply = this.samples.comment("30001",
				"Hi Casey,\n\n" + AGENT_ANSWER + "\n\nBest regards,\nAlex", true);
		ObjectNode internal = this.samples.comment("30002", "Checked the export queue, all fine.", false);
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment"))
			.willReturn(okJson(JiraSamples.text(this.samples.commentsPage(0, 2, List.of(agentReply, internal))))));
		String update = resolutionUpdate(resolved);
		assertThat(this.connector.deliver(update, "resolved-1").statusCode()).isEqualTo(202);
		assertThat(this.connector.deliver(update, "resolved-1").statusCode()).isEqualTo(202);

		// 3. A draft appears, listed by the API, masked, linked to the ticket.
		JsonNode listed = await().atMost(Duration.ofSeconds(60))
			.until(() -> drafts().path("articles"), (articles) -> articles.size() == 1);
		assertThat(listed.get(0).path("id").asString()).isEqualTo("resolutions/sup-1");
		assertThat(listed.get(0).path("sourceTicket").asString()).isEqualTo("SUP-1");
		StoredArticle draft = this.connector.bean(ArticleRepository.class).find("resolutions/sup-1").orElseThrow();
		assertThat(draft.content().status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.content().answer()).contains(AGENT_ANSWER);
		assertThat(draft.content().questions().toString()).doesNotContain("casey@example.com");
		assertThat(draft.content().body()).doesNotContain("Checked the export queue");
		TicketCase harvested = awaitCase(first,
				(found) -> found.harvest().map((step) -> step.status() == HarvestStep.Status.DONE).orElse(false));
		assertThat(harvested.resolutions()).hasSize(1);
		assertThat(answerable(REWORDED)).as("a draft answers nothing").isFalse();

		// 4. A knowledge manager publishes it.
		ReviewQueue review = this.connector.bean(ReviewQueue.class);
		assertThat(review.pending()).extracting((ReviewItem item) -> item.draft().id())
			.containsExactly("resolutions/sup-1");
		review.approve("resolutions/sup-1", "kim", false);
		this.connector.bean(ArticleIndexingQueue.class).drain();
		this.connector.bean(CalibrationService.class).recalibrate((percent) -> {
		});

		// 5. The same question in other words is answered automatically.
		ObjectNode second = this.deliveries.issue("SUP-2", REWORDED, "");
		stubWrites("SUP-2");
		this.connector.deliver(this.deliveries.issueCreated(second), "created-2");
		TicketCase answered = awaitCase(second, (found) -> found.state() == CaseState.WAITING_FOR_CUSTOMER);
		assertThat(answered.outcome()).contains(CaseOutcome.AUTO_ANSWERED);
		assertThat(answered.triage().orElseThrow().articles().get(0).id()).isEqualTo("resolutions/sup-1");
		List<LoggedRequest> replies = jira.requests()
			.stream()
			.filter((request) -> request.getMethod().getName().equals("POST")
					&& request.getUrl().startsWith("/rest/api/3/issue/SUP-2/comment"))
			.toList();
		assertThat(replies).singleElement()
			.satisfies((reply) -> assertThat(reply.getBodyAsString()).contains("Request export"));
	}

	private boolean answerable(String question) {
		return this.connector.bean(AnswerRetriever.class).retrieve(question, RetrievalOptions.defaults()).answerable();
	}

	private JsonNode drafts() {
		HttpRequest request = HttpRequest
			.newBuilder(this.connector.uri("/api/v1/kb/articles?status=DRAFT&source=RESOLUTION"))
			.header("Authorization", "Bearer test-api-token")
			.GET()
			.build();
		HttpResponse<String> response = this.connector.send(request);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static String resolutionUpdate(ObjectNode issue) {
		ObjectNode body = JsonNodeFactory.instance.objectNode()
			.put("timestamp", 1795690800000L)
			.put("webhookEvent", "jira:issue_updated")
			.put("issue_event_type_name", "issue_generic");
		body.set("issue", issue);
		ObjectNode changelog = body.putObject("changelog").put("id", "50001");
		changelog.putArray("items")
			.add(JsonNodeFactory.instance.objectNode()
				.put("field", "resolution")
				.put("fieldtype", "jira")
				.put("fieldId", "resolution")
				.putNull("from")
				.putNull("fromString")
				.put("to", "10000")
				.put("toString", "Done"))
			.add(JsonNodeFactory.instance.objectNode()
				.put("field", "status")
				.put("fieldtype", "jira")
				.put("fieldId", "status")
				.put("from", "10001")
				.put("fromString", "Waiting for support")
				.put("to", "10002")
				.put("toString", "Resolved"));
		return JiraSamples.text(body);
	}

	private void seedKnowledgeBase() {
		try (InputStream in = new ClassPathResource("demo/knowledge-base.jsonl").getInputStream()) {
			Path file = Files.createTempFile("learning-loop-kb", ".jsonl");
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			new ArticleImporter(this.connector.bean(ArticleRepository.class), Clock.systemUTC()).run(List.of(file),
					ImportOptions.defaults("test"), new ImportListener() {
					});
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.connector.bean(ArticleIndexingQueue.class).drain();
		this.connector.bean(CalibrationService.class).recalibrate((percent) -> {
		});
	}

	private void stubWrites(String key) {
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/" + key + "/comment"))
			.willReturn(jsonResponse(JiraSamples.text(this.samples.comment("20001", "reply", true)), 201)));
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/" + key)).willReturn(aResponse().withStatus(204)));
		jira.stub(
				put(urlPathEqualTo("/rest/api/3/issue/" + key + "/assignee")).willReturn(aResponse().withStatus(204)));
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/" + key + "/properties/sd.public.comment"))
			.willReturn(aResponse().withStatus(200)));
	}

	private TicketCase awaitCase(ObjectNode issue, java.util.function.Predicate<TicketCase> condition) {
		String id = issue.get("id").asString();
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.connector.caseOf(id).filter((found) -> found.lease().isEmpty()).orElse(null),
					(found) -> found != null && condition.test(found));
	}

}
