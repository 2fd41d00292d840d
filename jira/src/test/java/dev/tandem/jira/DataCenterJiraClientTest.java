package dev.tandem.jira;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.tandem.jira.JiraSamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data Center: REST v2, wiki markup, user names, offset paging, bearer tokens. The
 * stand-in checks these calls against v3 (see {@link JiraOpenApi}); the v2-only shapes
 * are asserted here explicitly.
 */
class DataCenterJiraClientTest {

	@RegisterExtension
	static final JiraStandIn jira = JiraStandIn.dataCenter();

	private final JiraSamples samples = JiraSamples.dataCenter();

	@Test
	void readsAnIssueWithWikiMarkupAndUserNames() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/issue/SUP-1"))
			.willReturn(okJson(text(this.samples.serviceRequest("SUP-1", "Refund missing",
					"h2. Problem\n*Where* is my [refund|https://shop.example.com/r/42]?")))));

		JiraIssue issue = jira.client().issue("SUP-1");

		assertThat(issue.description()).isEqualTo("Problem\nWhere is my refund (https://shop.example.com/r/42)?");
		assertThat(issue.reporter()).map(JiraUser::id).contains("customer1");
		assertThat(issue.requestType()).contains("Get IT help");
		assertThat(issue.organisations()).containsExactly("Acme Corp");
		jira.wireMock()
			.verify(getRequestedFor(urlPathEqualTo("/rest/api/2/issue/SUP-1")).withHeader("Authorization",
					equalTo("Bearer personal-access-token")));
	}

	@Test
	void readsCommentsMarkedInternalByTheServiceDeskProperty() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/issue/SUP-1/comment")).willReturn(
				okJson(text(this.samples.commentsPage(0, 2, List.of(this.samples.comment("1", "Any _news_?", true),
						this.samples.comment("2", "Check {{ledger}}", false)))))));

		List<JiraComment> comments = jira.client().comments("SUP-1");

		assertThat(comments).extracting(JiraComment::body).containsExactly("Any news?", "Check ledger");
		assertThat(comments).extracting(JiraComment::visibility)
			.containsExactly(JiraComment.Visibility.PUBLIC, JiraComment.Visibility.INTERNAL);
		assertThat(comments.get(0).author()).map(JiraUser::id).contains("agent1");
	}

	@Test
	void postsRepliesAsWikiMarkupStrings() {
		jira.stub(post(urlPathEqualTo("/rest/api/2/issue/SUP-1/comment"))
			.willReturn(jsonResponse(text(this.samples.comment("10001", "Your refund is *on its way*.", true)), 201)));

		JiraComment reply = jira.client()
			.addPublicReply("SUP-1", JiraDocument.of(JiraDocument.paragraph(JiraDocument.text("Your refund is "),
					JiraDocument.bold("on its way"), JiraDocument.text(". Costs: 5*3 [EUR]"))));

		assertThat(reply.body()).isEqualTo("Your refund is on its way.");
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/2/issue/SUP-1/comment")).withRequestBody(
					equalToJson("{\"body\": \"Your refund is *on its way*. Costs: 5\\\\*3 \\\\[EUR\\\\]\"}")));
	}

	@Test
	void writesInternalNotesThroughTheServiceDeskApiOnServiceProjects() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/issue/SUP-1"))
			.willReturn(okJson(text(this.samples.serviceRequest("SUP-1", "Refund", "Where?")))));
		jira.stub(post(urlPathEqualTo("/rest/servicedeskapi/request/SUP-1/comment")).willReturn(
				jsonResponse(text(this.samples.serviceDeskComment("20001", "Suggested: refund-time", false)), 201)));

		JiraComment note = jira.client().addInternalNote("SUP-1", JiraDocument.plainText("Suggested: refund-time"));

		assertThat(note.isPublic()).isFalse();
		assertThat(note.author()).map(JiraUser::id).contains("tandem-bot");
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request/SUP-1/comment"))
				.withRequestBody(equalToJson("{\"body\": \"Suggested: refund\\\\-time\", \"public\": false}")));
	}

	@Test
	void writesInternalNotesOnOtherProjectsWithTheCommentProperty() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/issue/DEV-1"))
			.willReturn(okJson(text(this.samples.issue("DEV-1", "Crash", "Trace", "software")))));
		jira.stub(post(urlPathEqualTo("/rest/api/2/issue/DEV-1/comment"))
			.willReturn(jsonResponse(text(this.samples.comment("30001", "Known bug", false)), 201)));

		JiraComment note = jira.client().addInternalNote("DEV-1", JiraDocument.plainText("Known bug"));

		assertThat(note.visibility()).isEqualTo(JiraComment.Visibility.INTERNAL);
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/2/issue/DEV-1/comment")).withRequestBody(equalToJson("""
					{"body": "Known bug", "properties": [{"key": "sd.public.comment", "value": {"internal": true}}]}
					""")));
	}

	@Test
	void assignsByUserName() {
		jira.stub(put(urlPathEqualTo("/rest/api/2/issue/SUP-1/assignee")).willReturn(aResponse().withStatus(204)));

		jira.client().assign("SUP-1", "agent1");
		jira.client().unassign("SUP-1");

		jira.wireMock()
			.verify(putRequestedFor(urlPathEqualTo("/rest/api/2/issue/SUP-1/assignee"))
				.withRequestBody(equalToJson("{\"name\": \"agent1\"}")));
		jira.wireMock()
			.verify(putRequestedFor(urlPathEqualTo("/rest/api/2/issue/SUP-1/assignee"))
				.withRequestBody(equalToJson("{\"name\": null}")));
	}

	@Test
	void editsWithWikiMarkupForRichTextFields() {
		jira.stub(put(urlPathEqualTo("/rest/api/2/issue/SUP-1")).willReturn(aResponse().withStatus(204)));

		jira.client()
			.edit("SUP-1",
					IssueEdit.none()
						.withAddedLabels("tandem")
						.withPriority("Low")
						.withCustomField("customfield_10080", JiraDocument.plainText("Use *this*")));

		jira.wireMock()
			.verify(putRequestedFor(urlPathEqualTo("/rest/api/2/issue/SUP-1")).withRequestBody(equalToJson("""
					{"update": {"labels": [{"add": "tandem"}]},
					 "fields": {"priority": {"name": "Low"}, "customfield_10080": "Use \\\\*this\\\\*"}}
					""")));
	}

	@Test
	void performsTransitionsByName() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/issue/SUP-1/transitions"))
			.willReturn(okJson(text(this.samples.transitions("5", "Resolve Issue", "Resolved")))));
		jira.stub(post(urlPathEqualTo("/rest/api/2/issue/SUP-1/transitions")).willReturn(aResponse().withStatus(204)));

		jira.client().transition("SUP-1", "RESOLVE ISSUE");

		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/2/issue/SUP-1/transitions"))
				.withRequestBody(equalToJson("{\"transition\": {\"id\": \"5\"}}")));
	}

	@Test
	void streamsAllIssuesThroughThreeOffsetPages() {
		stubPage(0, List.of("SUP-1", "SUP-2"));
		stubPage(2, List.of("SUP-3", "SUP-4"));
		stubPage(4, List.of("SUP-5"));

		List<String> keys = jira.client().searchAll("project = SUP").map(JiraIssue::key).toList();

		assertThat(keys).containsExactly("SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5");
		jira.wireMock().verify(3, postRequestedFor(urlPathEqualTo("/rest/api/2/search")));
		jira.wireMock().verify(postRequestedFor(urlPathEqualTo("/rest/api/2/search")).withRequestBody(equalToJson("""
				{"jql": "project = SUP", "startAt": 4, "maxResults": 50, "fields": ["*all", "-comment", "-worklog"],
				 "expand": ["names", "schema"]}
				""")));
	}

	@Test
	void pageTokensAreOffsets() {
		stubPage(2, List.of("SUP-3", "SUP-4"));

		SearchPage page = jira.client().search("project = SUP", Optional.of("2"), 2);

		assertThat(page.nextPageToken()).contains("4");
		assertThatThrownBy(() -> jira.client().search("project = SUP", Optional.of("abc"), 2))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("abc");
	}

	@Test
	void listsGroupMembersAndAssignableUsers() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/group/member")).willReturn(okJson(text(this.samples
			.groupMembers(List.of(this.samples.user("agent1", "Alex Agent", "alex@example.com")), 0, 1, true)))));
		jira.stub(get(urlPathEqualTo("/rest/api/2/user/assignable/search"))
			.willReturn(okJson(text(JiraSamplesArrays.of(this.samples.user("agent1", "Alex Agent", null))))));

		assertThat(jira.client().groupMembers("jira-servicedesk-users")).extracting(JiraUser::id)
			.containsExactly("agent1");
		assertThat(jira.client().assignableUsers("SUP")).extracting(JiraUser::id).containsExactly("agent1");

		// a short page is the last one on Data Center; the empty username is what older
		// versions insist on
		jira.wireMock()
			.verify(1,
					getRequestedFor(urlPathEqualTo("/rest/api/2/user/assignable/search"))
						.withQueryParam("project", equalTo("SUP"))
						.withQueryParam("username", equalTo("")));
	}

	@Test
	void badTokensNameThePersonalAccessTokenSetting() {
		jira.stub(get(urlPathEqualTo("/rest/api/2/myself")).willReturn(aResponse().withStatus(401)));

		assertThatThrownBy(() -> jira.client().myself()).isInstanceOfSatisfying(JiraException.class,
				(ex) -> assertThat(ex.getMessage()).contains("tandem.jira.personal-access-token"));
	}

	@Test
	void searchFindsResolvedIssuesWithTheirResolution() {
		jira.stub(
				post(urlPathEqualTo(
						"/rest/api/2/search"))
					.willReturn(okJson(text(this.samples.dataCenterSearchPage(List
						.of(this.samples.resolved(this.samples.serviceRequest("SUP-7", "Refund", "Where is it?"),
								"2026-11-20T10:00:00.000+0000")),
							0, 1)))));

		List<JiraIssue> found = jira.client().searchAll("resolved >= -10m ORDER BY resolved ASC").toList();

		assertThat(found).singleElement().satisfies((issue) -> {
			assertThat(issue.resolution()).contains("Done");
			assertThat(issue.resolved()).contains(java.time.Instant.parse("2026-11-20T10:00:00Z"));
		});
	}

	private void stubPage(int startAt, List<String> keys) {
		jira.stub(post(urlPathEqualTo("/rest/api/2/search"))
			.withRequestBody(matchingJsonPath("$.startAt", equalTo(Integer.toString(startAt))))
			.willReturn(okJson(text(this.samples.dataCenterSearchPage(
					keys.stream().map((key) -> this.samples.serviceRequest(key, "Summary", "Text")).toList(), startAt,
					5)))));
	}

}
