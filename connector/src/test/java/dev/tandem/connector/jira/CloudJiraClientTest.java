package dev.tandem.connector.jira;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.tandem.connector.jira.JiraSamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudJiraClientTest {

	@RegisterExtension
	static final JiraStandIn jira = JiraStandIn.cloud();

	private final JiraSamples samples = JiraSamples.cloud();

	@Test
	void readsAServiceRequestInTandemsTerms() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1")).willReturn(okJson(
				text(this.samples.serviceRequest("SUP-1", "Refund missing", "Where is my refund?\n\nOrder 42")))));

		JiraIssue issue = jira.client().issue("SUP-1");

		assertThat(issue.key()).isEqualTo("SUP-1");
		assertThat(issue.projectKey()).isEqualTo("SUP");
		assertThat(issue.summary()).isEqualTo("Refund missing");
		assertThat(issue.description()).isEqualTo("Where is my refund?\n\nOrder 42");
		assertThat(issue.reporter()).hasValueSatisfying((reporter) -> {
			assertThat(reporter.id()).isEqualTo("557058:customer-1");
			assertThat(reporter.email()).contains("casey@example.com");
			assertThat(reporter.timeZone()).contains(ZoneId.of("Europe/Berlin"));
		});
		assertThat(issue.assignee()).isEmpty();
		assertThat(issue.labels()).containsExactly("billing");
		assertThat(issue.priority()).contains("High");
		assertThat(issue.status()).isEqualTo("Waiting for support");
		assertThat(issue.issueType()).isEqualTo("Service Request");
		assertThat(issue.created()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
		assertThat(issue.requestType()).contains("Get IT help");
		assertThat(issue.organisation()).contains("Acme Corp");
		assertThat(issue.customFields()).containsEntry("customfield_10050", "Gold")
			.doesNotContainKey("customfield_10060");
		assertThat(issue.comments()).isEmpty();
		jira.wireMock()
			.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1"))
				.withQueryParam("fields", equalTo("*all,-comment,-worklog"))
				.withQueryParam("expand", equalTo("names,schema"))
				.withHeader("Authorization", equalTo("Basic dGFuZGVtLWJvdEBleGFtcGxlLmNvbTphcGktdG9rZW4=")));
	}

	@Test
	void readsAllCommentsPageByPageAndTellsInternalFromPublic() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1"))
			.willReturn(okJson(text(this.samples.serviceRequest("SUP-1", "Refund missing", "Where is my refund?")))));
		jira.stub(
				get(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).withQueryParam("startAt", equalTo("0"))
					.willReturn(okJson(
							text(this.samples.commentsPage(0, 3, List.of(this.samples.comment("1", "Any news?", true),
									this.samples.comment("2", "Check ledger", false)))))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).withQueryParam("startAt", equalTo("2"))
			.willReturn(
					okJson(text(this.samples.commentsPage(2, 3, List.of(this.samples.comment("3", "Done", true)))))));

		JiraIssue issue = jira.client().issue("SUP-1", true);

		assertThat(issue.comments()).extracting(JiraComment::id, JiraComment::body, JiraComment::visibility)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Any news?", JiraComment.Visibility.PUBLIC),
					org.assertj.core.groups.Tuple.tuple("2", "Check ledger", JiraComment.Visibility.INTERNAL),
					org.assertj.core.groups.Tuple.tuple("3", "Done", JiraComment.Visibility.PUBLIC));
		assertThat(issue.comments().get(0).author()).map(JiraUser::displayName).contains("Alex Agent");
		jira.wireMock()
			.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).withQueryParam("expand",
					equalTo("properties")));
	}

	@Test
	void postsAPublicReplyAsAdf() {
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(text(this.samples.comment("10001", "Your refund is on its way.", true)))));

		JiraComment reply = jira.client()
			.addPublicReply("SUP-1", JiraDocument.of(JiraDocument.paragraph(JiraDocument.text("Your refund is "),
					JiraDocument.bold("on its way"), JiraDocument.text("."))));

		assertThat(reply.id()).isEqualTo("10001");
		assertThat(reply.isPublic()).isTrue();
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).withRequestBody(equalToJson("""
					{"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [
					  {"type": "text", "text": "Your refund is "},
					  {"type": "text", "text": "on its way", "marks": [{"type": "strong"}]},
					  {"type": "text", "text": "."}]}]}}
					""")));
	}

}
