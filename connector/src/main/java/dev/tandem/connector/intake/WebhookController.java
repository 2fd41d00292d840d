package dev.tandem.connector.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.StoreOutageLog;
import dev.tandem.connector.store.StoreUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/jira}: Jira's deliveries. 202 only once the event is stored in
 * Elasticsearch; 503 when it could not be (Jira retries); 401 for a missing or wrong
 * signature when a secret is set; 400 for a body that is not a Jira event; 413 for a body
 * over {@code tandem.intake.max-body-size}.
 */
@RestController
class WebhookController {

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	static final String SIGNATURE = "X-Hub-Signature";

	static final String DELIVERY_ID = "X-Atlassian-Webhook-Identifier";

	private final Intake intake;

	private final JiraSite jira;

	private final IntakeProperties properties;

	private final StoreOutageLog outage;

	WebhookController(Intake intake, JiraSite jira, IntakeProperties properties, Clock clock) {
		this.intake = intake;
		this.jira = jira;
		this.properties = properties;
		this.outage = new StoreOutageLog(log, clock, Duration.ofSeconds(30));
	}

	@PostMapping("/webhooks/jira")
	ResponseEntity<Map<String, String>> receive(HttpServletRequest request) throws IOException {
		long limit = this.properties.maxBodySize().toBytes();
		byte[] body = (request.getContentLengthLong() > limit) ? null : readAtMost(request.getInputStream(), limit);
		if (body == null) {
			log.warn("Refused a webhook delivery from {}: body larger than {} bytes (tandem.intake.max-body-size)",
					request.getRemoteAddr(), limit);
			return answer(HttpStatus.CONTENT_TOO_LARGE, "error", "body larger than " + limit + " bytes");
		}
		Optional<String> secret = this.jira.webhookSecret();
		if (secret.isPresent() && !WebhookSignature.matches(secret.get(), body, request.getHeader(SIGNATURE))) {
			log.warn("Refused a webhook delivery from {}: {} signature", request.getRemoteAddr(),
					(request.getHeader(SIGNATURE) == null) ? "no" : "wrong");
			return answer(HttpStatus.UNAUTHORIZED, "error", "missing or wrong " + SIGNATURE);
		}
		try {
			JiraWebhookEvent event = JiraWebhookEvent.parse(body, Optional.ofNullable(request.getHeader(DELIVERY_ID)));
			IntakeResult result = this.intake.accept(event);
			this.outage.succeeded();
			return answer(HttpStatus.ACCEPTED, "status", result.name().toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			log.warn("Refused a webhook delivery: {}", ex.getMessage());
			return answer(HttpStatus.BAD_REQUEST, "error", ex.getMessage());
		}
		catch (StoreUnavailableException ex) {
			this.outage.failed("Webhook delivery not stored, answered 503 so Jira retries", ex);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", "10")
				.body(Map.of("error", "storage unavailable, retry later"));
		}
	}

	/** The body, or null when it is longer than {@code limit}. */
	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
		return (body.length > limit) ? null : body;
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String key, String value) {
		return ResponseEntity.status(status).body(Map.of(key, value));
	}

}
