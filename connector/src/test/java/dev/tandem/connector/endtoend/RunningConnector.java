package dev.tandem.connector.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.ConnectorApplication;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.intake.WebhookSignature;
import dev.tandem.jira.JiraProperties;
import dev.tandem.connector.triage.AnswerCandidates;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.testsupport.SharedElasticsearch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A real connector process for end-to-end tests: started like the jar is (all
 * auto-configuration, a real port), on the shared Elasticsearch with its own index
 * prefix, talking to a Jira stand-in, with a fake knowledge base. Can be stopped and
 * started again on the same indices (restart tests).
 */
final class RunningConnector implements AutoCloseable {

	static final String SECRET = "webhook-secret";

	private final Map<String, String> properties;

	private ConfigurableApplicationContext context;

	private boolean realKnowledgeBase;

	private final HttpClient http = HttpClient.newHttpClient();

	private RunningConnector(Map<String, String> properties) {
		this.properties = properties;
	}

	/** Settings for a connector on a fresh index prefix pointing at {@code jira}. */
	static Map<String, String> settings(JiraProperties jira, String hint) {
		IndexNames names = SharedElasticsearch.indexNames(hint);
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.elasticsearch.uris", SharedElasticsearch.uri().toString());
		settings.put("tandem.index-prefix", names.indexPrefix());
		settings.put("server.port", "0");
		settings.put("tandem.jira.base-url", jira.baseUrl());
		settings.put("tandem.jira.flavor", jira.flavor().name());
		Optional.ofNullable(jira.user()).ifPresent((user) -> settings.put("tandem.jira.user", user));
		Optional.ofNullable(jira.apiToken()).ifPresent((token) -> settings.put("tandem.jira.api-token", token));
		Optional.ofNullable(jira.personalAccessToken())
			.ifPresent((token) -> settings.put("tandem.jira.personal-access-token", token));
		settings.put("tandem.jira.webhook-secret", SECRET);
		settings.put("tandem.jira.internal-notes", "COMMENT_PROPERTY");
		settings.put("tandem.api.token", "test-api-token");
		settings.put("tandem.intake.catch-up-enabled", "false");
		settings.put("tandem.processing.sweep-interval", "200ms");
		settings.put("tandem.assignment.agents[0].id",
				(jira.flavor() == dev.tandem.jira.JiraFlavor.CLOUD) ? "557058:agent-en" : "agent-en");
		settings.put("tandem.assignment.agents[0].name", "Erin English");
		settings.put("tandem.assignment.agents[0].pools", "support,senior");
		settings.put("tandem.assignment.agents[0].languages", "en");
		settings.put("tandem.assignment.agents[0].work-start", "00:00");
		settings.put("tandem.assignment.agents[0].work-end", "23:59");
		settings.put("tandem.assignment.agents[0].work-days",
				"MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
		settings.put("spring.main.banner-mode", "off");
		return settings;
	}

	static RunningConnector start(Map<String, String> properties) {
		RunningConnector connector = new RunningConnector(properties);
		connector.start();
		return connector;
	}

	/** A connector answering from the real knowledge base (on its index prefix). */
	static RunningConnector startWithKnowledgeBase(Map<String, String> properties) {
		RunningConnector connector = new RunningConnector(properties);
		connector.realKnowledgeBase = true;
		connector.start();
		return connector;
	}

	void start() {
		List<String> args = new ArrayList<>();
		this.properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		SpringApplicationBuilder builder = new SpringApplicationBuilder(ConnectorApplication.class);
		if (!this.realKnowledgeBase) {
			builder.initializers((GenericApplicationContext context) -> context.registerBean(AnswerCandidates.class,
					FakeKnowledgeBase::new));
		}
		this.context = builder.run(args.toArray(String[]::new));
	}

	/**
	 * Stops the process (as a crash would, as far as Jira and Elasticsearch can tell).
	 */
	void stop() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

	@Override
	public void close() {
		stop();
		deleteIndices(this.properties.get("tandem.index-prefix"));
	}

	/** Deletes the prefix's indices by name (the cluster refuses wildcard deletes). */
	static void deleteIndices(String prefix) {
		try {
			var client = SharedElasticsearch.connection().client();
			List<String> names = new ArrayList<>(client.indices()
				.get((get) -> get.index(prefix + "-*").allowNoIndices(true).ignoreUnavailable(true))
				.result()
				.keySet());
			if (!names.isEmpty()) {
				client.indices().delete((delete) -> delete.index(names));
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	Optional<TicketCase> caseOf(String issueId) {
		return bean(CaseStore.class).find(issueId).map((found) -> found.value());
	}

	/**
	 * How many times the case document was written: Elasticsearch's {@code _version},
	 * which every write of a document counts up from 1.
	 */
	long writesOfCase(String issueId) {
		try {
			return SharedElasticsearch.connection()
				.client()
				.get((get) -> get.index(this.properties.get("tandem.index-prefix") + "-cases").id(issueId),
						java.util.Map.class)
				.version();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Delivers a webhook body as Jira does: signed, with a delivery id. */
	HttpResponse<String> deliver(String body, String deliveryId) {
		return deliver(body, deliveryId, SECRET);
	}

	/** Delivers a webhook body signed with {@code secret}. */
	HttpResponse<String> deliver(String body, String deliveryId, String secret) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/webhooks/jira"))
			.header("Content-Type", "application/json")
			.header("X-Hub-Signature", WebhookSignature.sign(secret, bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
		if (deliveryId != null) {
			request.header("X-Atlassian-Webhook-Identifier", deliveryId);
		}
		return send(request.build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port() + path);
	}

}
