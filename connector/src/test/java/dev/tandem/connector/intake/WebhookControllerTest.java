package dev.tandem.connector.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import dev.tandem.jira.JiraFlavor;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.StoreUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@Import({ WebhookController.class, WebhookControllerTest.Limits.class })
class WebhookControllerTest {

	private static final String SECRET = "s3cret";

	private static final String CREATED = """
			{"webhookEvent": "jira:issue_created", "issue": {"id": "10001", "key": "SUP-1",
			 "fields": {"summary": "Refund", "project": {"key": "SUP"}, "created": "2026-11-20T09:15:00.000+0000"}}}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Intake intake;

	@MockitoBean
	JiraSite jira;

	@BeforeEach
	void secret() {
		given(this.jira.webhookSecret()).willReturn(Optional.of(SECRET));
		given(this.jira.flavor()).willReturn(JiraFlavor.CLOUD);
		given(this.intake.accept(any())).willReturn(IntakeResult.STORED);
	}

	@Test
	void acceptsASignedJiraEventOnceStored() throws Exception {
		this.mvc.perform(signed(CREATED).header("X-Atlassian-Webhook-Identifier", "d-1"))
			.andExpect(status().isAccepted())
			.andExpect(content().json("{\"status\": \"stored\"}"));
	}

	@Test
	void rejectsAnUnsignedDelivery() throws Exception {
		this.mvc.perform(post("/webhooks/jira").contentType(MediaType.APPLICATION_JSON).content(CREATED))
			.andExpect(status().isUnauthorized());
		verify(this.intake, never()).accept(any());
	}

	@Test
	void rejectsADeliverySignedWithAnotherSecret() throws Exception {
		this.mvc
			.perform(post("/webhooks/jira").contentType(MediaType.APPLICATION_JSON)
				.content(CREATED)
				.header("X-Hub-Signature", WebhookSignature.sign("wrong", CREATED.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void acceptsUnsignedDeliveriesWhenNoSecretIsSet() throws Exception {
		given(this.jira.webhookSecret()).willReturn(Optional.empty());
		this.mvc.perform(post("/webhooks/jira").contentType(MediaType.APPLICATION_JSON).content(CREATED))
			.andExpect(status().isAccepted());
	}

	@Test
	void rejectsABodyThatIsNotAJiraEventNamingWhatIsWrong() throws Exception {
		this.mvc.perform(signed("{\"hello\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("webhookEvent")));
		this.mvc.perform(signed("not json")).andExpect(status().isBadRequest());
		this.mvc.perform(signed("{\"webhookEvent\": \"jira:issue_created\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("issue")));
	}

	@Test
	void rejectsAnOversizedBody() throws Exception {
		String big = "{\"webhookEvent\": \"jira:issue_created\", \"pad\": \"" + "x".repeat(5000) + "\"}";
		this.mvc.perform(signed(big)).andExpect(status().isContentTooLarge());
	}

	@Test
	void asksJiraToRetryWhenElasticsearchIsDown() throws Exception {
		given(this.intake.accept(any())).willThrow(new StoreUnavailableException("down", null));
		this.mvc.perform(signed(CREATED)).andExpect(status().isServiceUnavailable());
	}

	@Test
	void acceptsAndIgnoresOtherEvents() throws Exception {
		given(this.intake.accept(any())).willReturn(IntakeResult.IGNORED);
		this.mvc.perform(signed("{\"webhookEvent\": \"worklog_created\"}"))
			.andExpect(status().isAccepted())
			.andExpect(content().json("{\"status\": \"ignored\"}"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signed(String body) {
		return post("/webhooks/jira").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("X-Hub-Signature", WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Limits {

		@Bean
		IntakeProperties intakeProperties() {
			return new IntakeProperties(DataSize.ofKilobytes(4), false, Duration.ofMinutes(1), Duration.ofMinutes(10),
					java.util.Optional.empty());
		}

		@Bean
		java.time.Clock clock() {
			return java.time.Clock.systemUTC();
		}

	}

}
