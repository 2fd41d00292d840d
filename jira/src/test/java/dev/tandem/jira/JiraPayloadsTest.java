package dev.tandem.jira;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading Jira data that arrives without a call, e.g. in webhook deliveries. */
class JiraPayloadsTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsACloudWebhookIssueWhoseDescriptionIsWikiMarkupAndWhichHasNoSchema() {
		ObjectNode issue = JiraSamples.cloud().serviceRequest("SUP-9", "Refund", "ignored");
		issue.remove("schema");
		((ObjectNode) issue.get("fields")).set("description", StringNode.valueOf("*Where* is my refund?"));

		JiraIssue read = JiraPayloads.issue(issue, JiraFlavor.CLOUD);

		assertThat(read.description()).isEqualTo("Where is my refund?");
		assertThat(read.requestType()).contains("Get IT help");
		assertThat(read.organisations()).containsExactly("Acme Corp");
		assertThat(read.reporter()).map(JiraUser::id).contains("557058:customer-1");
	}

	@ParameterizedTest
	@EnumSource(JiraFlavor.class)
	void readsTheResolutionItsDateAndTheStatusCategory(JiraFlavor flavor) {
		JiraSamples samples = JiraSamples.of(flavor);
		ObjectNode issue = samples.resolved(samples.issue("SUP-3", "Refund", "Where is it?", "service_desk"),
				"2026-11-20T10:00:00.000+0000");

		JiraIssue read = JiraPayloads.issue(issue, flavor);

		assertThat(read.resolution()).contains("Done");
		assertThat(read.resolved()).contains(java.time.Instant.parse("2026-11-20T10:00:00Z"));
		assertThat(read.statusCategory()).contains("done");
		assertThat(read.isResolved()).isTrue();
	}

	@Test
	void anOpenIssueIsNotResolved() {
		JiraIssue read = JiraPayloads.issue(JiraSamples.cloud().issue("SUP-4", "Refund", "Where?", "software"),
				JiraFlavor.CLOUD);

		assertThat(read.resolution()).isEmpty();
		assertThat(read.resolved()).isEmpty();
		assertThat(read.isResolved()).isFalse();
	}

	@Test
	void namesWhatIsMissingFromSomethingThatIsNotAnIssue() {
		assertThatThrownBy(
				() -> JiraPayloads.issue(this.json.readTree("{\"key\": \"SUP-1\", \"id\": \"1\"}"), JiraFlavor.CLOUD))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a Jira issue")
			.hasMessageContaining("fields");
	}

	@Test
	void refusesASummaryThatIsNotText() {
		ObjectNode issue = JiraSamples.cloud().serviceRequest("SUP-9", "Refund", "ignored");
		((ObjectNode) issue.get("fields")).putObject("summary").put("a", 1);

		assertThatThrownBy(() -> JiraPayloads.issue(issue, JiraFlavor.CLOUD))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("field 'summary' is object, not text");
	}

	@Test
	void namesTheFieldOfAnUnreadableTimestamp() {
		ObjectNode issue = JiraSamples.cloud().serviceRequest("SUP-9", "Refund", "ignored");
		((ObjectNode) issue.get("fields")).put("created", "yesterday");

		assertThatThrownBy(() -> JiraPayloads.issue(issue, JiraFlavor.CLOUD))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("field 'created': not a Jira timestamp: 'yesterday'");
	}

	@Test
	void readsAWebhookComment() {
		JiraComment comment = JiraPayloads.comment(JiraSamples.dataCenter().comment("7", "Thanks *a lot*", true),
				JiraFlavor.DATA_CENTER);

		assertThat(comment.body()).isEqualTo("Thanks a lot");
		assertThat(comment.author()).map(JiraUser::id).contains("agent1");
	}

	@Test
	void convertsBodiesBothWays() {
		JiraDocument document = JiraDocument.plainText("Hello *world*");

		assertThat(JiraPayloads.plainText(JiraPayloads.adf(document))).isEqualTo("Hello *world*");
		assertThat(JiraPayloads.wikiMarkup(document)).isEqualTo("Hello \\*world\\*");
		assertThat(JiraPayloads.plainText(StringNode.valueOf(JiraPayloads.wikiMarkup(document))))
			.isEqualTo("Hello *world*");
	}

}
