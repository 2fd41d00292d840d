package dev.tandem.jira;

import org.junit.jupiter.api.Test;
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
