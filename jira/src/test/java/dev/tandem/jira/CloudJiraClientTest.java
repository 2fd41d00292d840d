package dev.tandem.jira;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import static dev.tandem.jira.JiraSamples.text;
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

	@Test
	void writesInternalNotesOnServiceProjectsThroughTheServiceDeskApi() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1")).withQueryParam("fields", equalTo("project"))
			.willReturn(okJson(text(this.samples.serviceRequest("SUP-1", "Refund", "Where?")))));
		jira.stub(post(urlPathEqualTo("/rest/servicedeskapi/request/SUP-1/comment"))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(text(this.samples.serviceDeskComment("20001", "Suggested answer: *refund-time*", false)))));
		jira.stub(post(urlPathEqualTo("/rest/servicedeskapi/request/SUP-2/comment"))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(text(this.samples.serviceDeskComment("20002", "Second note", false)))));
		JiraClient client = jira.client();

		JiraComment note = client.addInternalNote("SUP-1", JiraDocument
			.of(JiraDocument.paragraph(JiraDocument.text("Suggested answer: "), JiraDocument.bold("refund-time"))));
		client.addInternalNote("SUP-2", JiraDocument.plainText("Second note"));

		assertThat(note.visibility()).isEqualTo(JiraComment.Visibility.INTERNAL);
		assertThat(note.body()).isEqualTo("Suggested answer: refund-time");
		assertThat(note.created()).isEqualTo(Instant.ofEpochMilli(1795684500000L));
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request/SUP-1/comment")).withRequestBody(
					equalToJson("{\"body\": \"Suggested answer: *refund\\\\-time*\", \"public\": false}")));
		// the project type is looked up once per project
		jira.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1")));
		jira.wireMock().verify(0, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-2")));
	}

	@Test
	void writesInternalNotesOnSoftwareProjectsAsCommentsWithTheInternalProperty() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/DEV-7"))
			.willReturn(okJson(text(this.samples.issue("DEV-7", "Crash", "Stack trace", "software")))));
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/DEV-7/comment")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(text(this.samples.comment("30001", "Looks like DEV-3", false)))));

		JiraComment note = jira.client().addInternalNote("DEV-7", JiraDocument.plainText("Looks like DEV-3"));

		assertThat(note.visibility()).isEqualTo(JiraComment.Visibility.INTERNAL);
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issue/DEV-7/comment")).withRequestBody(equalToJson("""
					{"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [
					  {"type": "text", "text": "Looks like DEV-3"}]}]},
					 "properties": [{"key": "sd.public.comment", "value": {"internal": true}}]}
					""")));
	}

	@Test
	void usesTheCommentPropertyEverywhereWhenConfiguredSo() {
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(text(this.samples.comment("30002", "Note", false)))));
		JiraStandIn.InstantRetries retries = new JiraStandIn.InstantRetries();
		JiraProperties properties = jira.properties().withInternalNotes(InternalNoteMode.COMMENT_PROPERTY);
		JiraClient client = JiraClientFactory.standalone(retries.clock())
			.create(properties, retries.policy(properties.retry()));

		client.addInternalNote("SUP-1", JiraDocument.plainText("Note"));

		jira.wireMock().verify(0, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1")));
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment"))
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
					.matchingJsonPath("$.properties[0].value.internal", equalTo("true"))));
	}

	@Test
	void assignsAndUnassignsByAccountId() {
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/SUP-1/assignee")).willReturn(aResponse().withStatus(204)));
		JiraClient client = jira.client();

		client.assign("SUP-1", "557058:agent-1");
		client.unassign("SUP-1");

		jira.wireMock()
			.verify(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/assignee"))
				.withRequestBody(equalToJson("{\"accountId\": \"557058:agent-1\"}")));
		jira.wireMock()
			.verify(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/assignee"))
				.withRequestBody(equalToJson("{\"accountId\": null}")));
	}

	@Test
	void writesRequestBodiesWithoutStartingAThreadEach() {
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/SUP-1/assignee")).willReturn(aResponse().withStatus(204)));
		JiraClient client = jira.client();
		client.assign("SUP-1", "557058:agent-1");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long started = threads.getTotalStartedThreadCount();

		for (int i = 0; i < 40; i++) {
			client.assign("SUP-1", "557058:agent-1");
		}

		// platform threads only: Spring's default body writer started one per request
		assertThat(threads.getTotalStartedThreadCount() - started).isLessThan(10);
	}

	@Test
	void editsLabelsPriorityAndCustomFieldsInOneWrite() {
		jira.stub(put(urlPathEqualTo("/rest/api/3/issue/SUP-1")).willReturn(aResponse().withStatus(204)));

		jira.client()
			.edit("SUP-1",
					IssueEdit.none()
						.withAddedLabels("tandem-answered")
						.withRemovedLabels("needs-triage")
						.withPriority("Highest")
						.withCustomField("customfield_10050", "Gold")
						.withCustomField("customfield_10070", Map.of("value", "Billing"))
						.withCustomField("customfield_10080", JiraDocument.plainText("Summary for agents")));

		jira.wireMock()
			.verify(1, putRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1")).withRequestBody(equalToJson("""
					{"update": {"labels": [{"add": "tandem-answered"}, {"remove": "needs-triage"}]},
					 "fields": {"priority": {"name": "Highest"}, "customfield_10050": "Gold",
					   "customfield_10070": {"value": "Billing"},
					   "customfield_10080": {"type": "doc", "version": 1, "content": [{"type": "paragraph",
					     "content": [{"type": "text", "text": "Summary for agents"}]}]}}}
					""")));
	}

	@Test
	void anEmptyEditSendsNothing() {
		jira.client().edit("SUP-1", IssueEdit.none());

		assertThat(jira.requests()).isEmpty();
	}

	@Test
	void performsATransitionByNameIgnoringCaseOrById() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/transitions"))
			.willReturn(okJson(text(this.samples.transitions("11", "Respond to customer", "Waiting for customer", "31",
					"Resolve this issue", "Resolved")))));
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-1/transitions")).willReturn(aResponse().withStatus(204)));
		JiraClient client = jira.client();

		assertThat(client.transitions("SUP-1")).containsExactly(
				new Transition("11", "Respond to customer", "Waiting for customer"),
				new Transition("31", "Resolve this issue", "Resolved"));
		Transition byName = client.transition("SUP-1", "resolve THIS issue");
		Transition byId = client.transition("SUP-1", "11");

		assertThat(byName.toStatus()).isEqualTo("Resolved");
		assertThat(byId.name()).isEqualTo("Respond to customer");
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/transitions"))
				.withRequestBody(equalToJson("{\"transition\": {\"id\": \"31\"}}")));
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/transitions"))
				.withRequestBody(equalToJson("{\"transition\": {\"id\": \"11\"}}")));
	}

	@Test
	void anUnknownTransitionFailsNamingTheAvailableOnes() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/transitions"))
			.willReturn(okJson(text(this.samples.transitions("11", "Respond to customer", "Waiting for customer", "31",
					"Resolve this issue", "Resolved")))));

		assertThatThrownBy(() -> jira.client().transition("SUP-1", "Close")).isInstanceOfSatisfying(JiraException.class,
				(ex) -> {
					assertThat(ex.kind()).isEqualTo(JiraException.Kind.NOT_POSSIBLE);
					assertThat(ex.permanent()).isTrue();
					assertThat(ex.getMessage()).contains("SUP-1", "'Close'",
							"'Respond to customer' (id 11, to 'Waiting for customer')",
							"'Resolve this issue' (id 31, to 'Resolved')");
				});
		jira.wireMock().verify(0, postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/transitions")));
	}

	@Test
	void streamsAllIssuesThroughThreeTokenPages() {
		stubSearchPage(Optional.empty(), List.of("SUP-1", "SUP-2"), Optional.of("token-2"));
		stubSearchPage(Optional.of("token-2"), List.of("SUP-3", "SUP-4"), Optional.of("token-3"));
		stubSearchPage(Optional.of("token-3"), List.of("SUP-5"), Optional.empty());

		List<String> keys = jira.client().searchAll("project = SUP AND created >= -1d").map(JiraIssue::key).toList();

		assertThat(keys).containsExactly("SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5");
		jira.wireMock()
			.verify(3,
					postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
						.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.jql",
								equalTo("project = SUP AND created >= -1d"))));
	}

	@Test
	void searchFindsResolvedIssuesWithTheirResolution() {
		jira.stub(
				post(urlPathEqualTo(
						"/rest/api/3/search/jql"))
					.willReturn(okJson(text(this.samples.cloudSearchPage(List
						.of(this.samples.resolved(this.samples.serviceRequest("SUP-7", "Refund", "Where is it?"),
								"2026-11-20T10:00:00.000+0000")),
							Optional.empty())))));

		List<JiraIssue> found = jira.client().searchAll("resolved >= -10m ORDER BY resolved ASC").toList();

		assertThat(found).singleElement().satisfies((issue) -> {
			assertThat(issue.resolution()).contains("Done");
			assertThat(issue.resolved()).contains(java.time.Instant.parse("2026-11-20T10:00:00Z"));
		});
	}

	@Test
	void searchReturnsOnePageWithItsToken() {
		stubSearchPage(Optional.empty(), List.of("SUP-1"), Optional.of("token-2"));

		SearchPage page = jira.client().search("project = SUP", Optional.empty(), 1);

		assertThat(page.issues()).extracting(JiraIssue::key).containsExactly("SUP-1");
		assertThat(page.nextPageToken()).contains("token-2");
		jira.wireMock()
			.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")).withRequestBody(equalToJson(
					"""
							{"jql": "project = SUP", "maxResults": 1, "fields": ["*all", "-comment", "-worklog"], "expand": "names,schema"}
							""")));
	}

	@Test
	void listsGroupMembersAcrossPages() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/group/member")).withQueryParam("startAt", equalTo("0"))
			.willReturn(okJson(text(this.samples
				.groupMembers(List.of(this.samples.user("557058:agent-1", "Alex Agent", null)), 0, 2, false)))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/group/member")).withQueryParam("startAt", equalTo("50"))
			.willReturn(okJson(text(this.samples
				.groupMembers(List.of(this.samples.user("557058:agent-2", "Bo Agent", null)), 50, 2, true)))));

		List<JiraUser> agents = jira.client().groupMembers("service-desk-agents");

		assertThat(agents).extracting(JiraUser::id).containsExactly("557058:agent-1", "557058:agent-2");
		assertThat(agents.get(0).email()).isEmpty();
		jira.wireMock()
			.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/group/member"))
				.withQueryParam("groupname", equalTo("service-desk-agents"))
				.withQueryParam("includeInactiveUsers", equalTo("false")));
	}

	@Test
	void listsAssignableUsersUntilAnEmptyPage() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/user/assignable/search")).withQueryParam("startAt", equalTo("0"))
			.willReturn(okJson(text(
					JiraSamplesArrays.of(this.samples.user("557058:agent-1", "Alex Agent", "alex@example.com"))))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/user/assignable/search")).withQueryParam("startAt", equalTo("50"))
			.willReturn(okJson(text(JiraSamplesArrays.of(this.samples.user("557058:agent-2", "Bo Agent", null))))));
		jira.stub(get(urlPathEqualTo("/rest/api/3/user/assignable/search")).withQueryParam("startAt", equalTo("100"))
			.willReturn(okJson("[]")));

		List<JiraUser> users = jira.client().assignableUsers("SUP");

		assertThat(users).extracting(JiraUser::id).containsExactly("557058:agent-1", "557058:agent-2");
		jira.wireMock()
			.verify(3, getRequestedFor(urlPathEqualTo("/rest/api/3/user/assignable/search")).withQueryParam("project",
					equalTo("SUP")));
	}

	@Test
	void tellsWhoTandemIs() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/myself"))
			.willReturn(okJson(text(this.samples.user("557058:tandem-bot", "Tandem", "tandem-bot@example.com")))));

		assertThat(jira.client().myself().id()).isEqualTo("557058:tandem-bot");
	}

	private void stubSearchPage(Optional<String> token, List<String> keys, Optional<String> next) {
		var request = post(urlPathEqualTo("/rest/api/3/search/jql"));
		request = token.isPresent()
				? request.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
					.matchingJsonPath("$.nextPageToken", equalTo(token.get())))
				: request.withRequestBody(
						com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$[?(!@.nextPageToken)]"));
		jira.stub(request.willReturn(okJson(text(this.samples.cloudSearchPage(
				keys.stream().map((key) -> this.samples.serviceRequest(key, "Summary " + key, "Text")).toList(),
				next)))));
	}

}
