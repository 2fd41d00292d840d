package dev.tandem.connector.actions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.RichText;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.jira.JiraClientFactory;
import dev.tandem.jira.JiraSamples;
import dev.tandem.jira.JiraStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ActionExecutorTest {

	@RegisterExtension
	static JiraStandIn jira = JiraStandIn.cloud();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), java.time.ZoneOffset.UTC);

	private final JiraSamples samples = JiraSamples.cloud();

	private ActionExecutor executor() {
		JiraSite site = new JiraSite(jira::properties, JiraClientFactory.standalone(this.clock), this.clock);
		ActionProperties properties = new ActionProperties("tandem-auto-answered", "tandem-assisted",
				"tandem-handed-over", "sentiment-negative", "tandem-vip", true, Optional.empty(), Optional.empty(),
				Optional.empty(), 12, Duration.ofMinutes(5));
		return new ActionExecutor(site, properties, this.clock);
	}

	private OutboxAction reply() {
		RichText body = new RichText(
				List.of(List.of(RichText.Span.text("Refunds take five days. (ref SUP-1/0/reply)"))));
		return OutboxAction.reply("SUP-1/0/reply", body).started(this.clock.instant());
	}

	@Test
	void keepsCheckingBeforeRepostingWhenTheCheckItselfWasRateLimited() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).willReturn(
				jsonResponse(JiraSamples.text(JiraSamples.error(List.of("Rate limit exceeded."), null, null)), 429)
					.withHeader("Retry-After", "1")));

		ActionOutcome outcome = executor().execute("SUP-1", reply(), true);

		assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Retry.class,
				(retry) -> assertThat(retry.outcomeUnknown()).isTrue());
		jira.wireMock().verify(0, postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")));
	}

	@Test
	void doesNotRepostAReplyJiraAlreadyHasFromAnEarlierAttempt() {
		jira.stub(get(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment"))
			.willReturn(okJson(JiraSamples.text(this.samples.commentsPage(0, 1,
					List.of(this.samples.comment("20001", "Refunds take five days. (ref SUP-1/0/reply)", true)))))));

		ActionOutcome outcome = executor().execute("SUP-1", reply(), true);

		assertThat(outcome).isEqualTo(new ActionOutcome.Done(Optional.of("20001"), "found from an earlier attempt"));
		jira.wireMock().verify(0, postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")));
	}

	@Test
	void aRateLimitedFirstAttemptNeedsNoCheckNextTime() {
		jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment")).willReturn(
				jsonResponse(JiraSamples.text(JiraSamples.error(List.of("Rate limit exceeded."), null, null)), 429)
					.withHeader("Retry-After", "1")));

		ActionOutcome outcome = executor().execute("SUP-1", reply(), false);

		assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Retry.class,
				(retry) -> assertThat(retry.outcomeUnknown()).isFalse());
	}

}
