package dev.tandem.jira;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.tandem.jira.internal.HttpJiraClient;
import dev.tandem.jira.internal.JiraDialect;
import dev.tandem.jira.internal.JiraHttp;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Makes {@link JiraClient}s for any Jira base URL: the configured site, the demo sandbox,
 * a test's WireMock.
 *
 * <pre>
 * JiraClient jira = JiraClientFactory.standalone(Clock.systemUTC())
 *     .create(JiraProperties.cloud("http://localhost:8089", "bot@example.com", "token"));
 * </pre>
 */
public final class JiraClientFactory {

	/**
	 * Writes request bodies. Spring's JDK request factory hands each body to an executor;
	 * without one it starts a new platform thread per request (SimpleAsyncTaskExecutor):
	 * about 60 thread starts a second at 50 tickets/s. A virtual thread per body costs
	 * next to nothing and needs no pool to size or shut down.
	 */
	private static final Executor BODY_WRITERS = (task) -> Thread.ofVirtual().name("jira-request-body").start(task);

	private final Supplier<RestClient.Builder> restClients;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param restClients fresh builders (Spring's carries observation and metrics)
	 * @param clock time source for {@code Retry-After} and backoff
	 */
	public JiraClientFactory(Supplier<RestClient.Builder> restClients, Clock clock) {
		this.restClients = restClients;
		this.clock = clock;
	}

	/** Outside Spring: plain {@link RestClient} builders. */
	public static JiraClientFactory standalone(Clock clock) {
		return new JiraClientFactory(RestClient::builder, clock);
	}

	/**
	 * A client that retries retriable failures in place as {@code tandem.jira.retry} says
	 * (interactive use).
	 */
	public JiraClient create(JiraProperties properties) {
		return create(properties, JiraRetryPolicy.of(properties.retry(), this.clock));
	}

	/**
	 * A client that tries each call once and throws classified failures (for an outbox
	 * that reschedules).
	 */
	public JiraClient createSingleAttempt(JiraProperties properties) {
		return create(properties, JiraRetryPolicy.singleAttempt(this.clock));
	}

	/** A client with a given retry policy (tests pass one with a fake sleeper). */
	public JiraClient create(JiraProperties properties, JiraRetryPolicy retryPolicy) {
		requireUsable(properties);
		HttpClient httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			// a redirect would carry our credentials elsewhere; a wrong base URL should
			// fail loudly instead
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(httpClient, BODY_WRITERS);
		requests.setReadTimeout(properties.readTimeout());
		RestClient rest = this.restClients.get()
			.requestFactory(requests)
			.defaultHeader(HttpHeaders.AUTHORIZATION, authorization(properties))
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultHeader(HttpHeaders.USER_AGENT, "Tandem")
			.build();
		JiraErrorClassifier classifier = new JiraErrorClassifier(properties.flavor(), this.clock);
		JiraHttp http = new JiraHttp(rest, properties.baseUrl(), classifier, retryPolicy, this.json);
		return new HttpJiraClient(http, JiraDialect.of(properties.flavor()), properties.internalNotes(),
				properties.pageSize(), this.json);
	}

	private static void requireUsable(JiraProperties properties) {
		if (!properties.configured()) {
			throw new IllegalArgumentException("tandem.jira.base-url is empty: no Jira site to talk to");
		}
		List<String> problems = properties.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid Jira settings: " + String.join("; ", problems));
		}
	}

	private static String authorization(JiraProperties properties) {
		return switch (properties.flavor()) {
			case CLOUD -> "Basic " + Base64.getEncoder()
				.encodeToString((properties.user() + ":" + properties.apiToken()).getBytes(StandardCharsets.UTF_8));
			case DATA_CENTER -> "Bearer " + properties.personalAccessToken();
		};
	}

}
