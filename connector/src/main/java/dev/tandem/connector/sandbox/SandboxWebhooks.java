package dev.tandem.connector.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.IntSupplier;

import dev.tandem.connector.intake.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends Jira-style webhooks from the sandbox to this process's {@code /webhooks/jira},
 * signed like Jira signs them, retried a few times like Jira retries.
 */
class SandboxWebhooks {

	private static final Logger log = LoggerFactory.getLogger(SandboxWebhooks.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final IntSupplier port;

	private final SandboxCredentials credentials;

	SandboxWebhooks(IntSupplier port, SandboxCredentials credentials) {
		this.port = port;
		this.credentials = credentials;
	}

	void issueCreated(ObjectNode issue) {
		ObjectNode body = JsonNodeFactory.instance.objectNode()
			.put("timestamp", System.currentTimeMillis())
			.put("webhookEvent", "jira:issue_created");
		body.set("issue", issue);
		send(body);
	}

	void commentCreated(ObjectNode issue, ObjectNode comment) {
		ObjectNode body = JsonNodeFactory.instance.objectNode()
			.put("timestamp", System.currentTimeMillis())
			.put("webhookEvent", "comment_created");
		body.set("issue", issue);
		body.set("comment", comment);
		send(body);
	}

	private void send(ObjectNode body) {
		byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		String delivery = UUID.randomUUID().toString();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port.getAsInt() + "/webhooks/jira"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("X-Atlassian-Webhook-Identifier", delivery)
			.header("X-Hub-Signature", WebhookSignature.sign(this.credentials.webhookSecret(), bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		deliver(request, delivery, 1);
	}

	private void deliver(HttpRequest request, String delivery, int attempt) {
		this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
			int status = (response != null) ? response.statusCode() : -1;
			if (status == 202) {
				return;
			}
			if (attempt < 5 && (status == -1 || status >= 500 || status == 429)) {
				log.info("Sandbox webhook {} answered {}, retrying", delivery, (failure != null) ? failure : status);
				try {
					Thread.sleep(500L * attempt);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				deliver(request, delivery, attempt + 1);
				return;
			}
			log.warn("Sandbox webhook {} not accepted: {}", delivery, (failure != null) ? failure : response.body());
		});
	}

}
