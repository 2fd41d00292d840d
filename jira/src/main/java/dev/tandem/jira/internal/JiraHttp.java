package dev.tandem.jira.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import dev.tandem.jira.JiraErrorClassifier;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraRetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends {@link JiraRequest}s: authentication comes with the {@link RestClient}, every
 * failure leaves as a classified {@link JiraException}, and each HTTP call is retried on
 * its own by the {@link JiraRetryPolicy} (so a multi-call operation never repeats a step
 * that already succeeded).
 */
public final class JiraHttp {

	private static final Logger log = LoggerFactory.getLogger(JiraHttp.class);

	private final RestClient rest;

	private final String baseUrl;

	private final JiraErrorClassifier classifier;

	private final JiraRetryPolicy retry;

	private final JsonMapper json;

	public JiraHttp(RestClient rest, String baseUrl, JiraErrorClassifier classifier, JiraRetryPolicy retry,
			JsonMapper json) {
		this.rest = rest;
		this.baseUrl = baseUrl;
		this.classifier = classifier;
		this.retry = retry;
		this.json = json;
	}

	/** The answer's JSON; a {@link MissingNode} for answers without a body (204). */
	public JsonNode execute(JiraRequest request) {
		return this.retry.call(() -> executeOnce(request));
	}

	/**
	 * Runs the reading of an answer, turning a malformed answer into a classified failure
	 * of the request.
	 */
	public <T> T read(JiraRequest request, Supplier<T> reading) {
		try {
			return reading.get();
		}
		catch (JiraJson.UnreadableResponse ex) {
			throw this.classifier.invalidResponse(request.describe(), ex.getMessage(), ex);
		}
	}

	public JiraErrorClassifier classifier() {
		return this.classifier;
	}

	private JsonNode executeOnce(JiraRequest request) {
		String operation = request.describe();
		try {
			RestClient.RequestBodySpec spec = this.rest.method(request.method()).uri(request.uri(this.baseUrl));
			if (request.body().isPresent()) {
				spec.contentType(MediaType.APPLICATION_JSON).body(this.json.writeValueAsString(request.body().get()));
			}
			return spec.exchange((httpRequest, response) -> {
				int status = response.getStatusCode().value();
				String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
				if (status >= 200 && status < 300) {
					return parse(operation, body);
				}
				throw loud(this.classifier.classify(operation, status, response.getHeaders(), body));
			}, false);
		}
		catch (ResourceAccessException ex) {
			throw this.classifier.classify(operation, ex);
		}
	}

	private JsonNode parse(String operation, String body) throws IOException {
		if (body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw this.classifier.invalidResponse(operation, "not JSON: " + abbreviate(body), ex);
		}
	}

	private static JiraException loud(JiraException failure) {
		switch (failure.kind()) {
			case UNAUTHORIZED, FORBIDDEN -> log.error(failure.getMessage());
			case NOT_FOUND, VALIDATION, CLIENT_ERROR -> log.warn(failure.getMessage());
			default -> {
				// retriable: the retry policy reports them
			}
		}
		return failure;
	}

	private static String abbreviate(String body) {
		String trimmed = body.strip();
		return (trimmed.length() > 200) ? trimmed.substring(0, 200) + "..." : trimmed;
	}

}
