package dev.tandem.jira;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stand-in Jira for tests: WireMock on a random port that fails the test when any
 * request Tandem sent, or any answer a test stubbed, does not match Atlassian's OpenAPI
 * documents ({@link JiraOpenApi}).
 *
 * <pre>
 * &#64;RegisterExtension
 * static JiraStandIn jira = JiraStandIn.cloud();
 *
 * &#64;Test
 * void repliesToTheCustomer() {
 *     jira.stub(post(urlPathEqualTo("/rest/api/3/issue/SUP-1/comment"))
 *         .willReturn(jsonResponse(JiraSamples.cloud().comment("10001", "Thanks", true), 201)));
 *     JiraClient client = jira.client();
 *     ...
 * }
 * </pre>
 *
 * Each test starts with no stubs and no recorded requests; after each test every
 * interaction is checked. For Spring tests, point {@code tandem.jira.base-url} at
 * {@link #baseUrl()} (e.g. {@code @DynamicPropertySource}) and set the credentials from
 * {@link #properties()}.
 */
public final class JiraStandIn implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private final JiraFlavor flavor;

	private WireMockServer server;

	private JiraStandIn(JiraFlavor flavor) {
		this.flavor = flavor;
	}

	public static JiraStandIn cloud() {
		return new JiraStandIn(JiraFlavor.CLOUD);
	}

	public static JiraStandIn dataCenter() {
		return new JiraStandIn(JiraFlavor.DATA_CENTER);
	}

	/** Starts the server (idempotent; the JUnit extension calls it). */
	public synchronized JiraStandIn start() {
		if (this.server == null) {
			JiraOpenApi.get();
			this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
			this.server.start();
		}
		return this;
	}

	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	public JiraFlavor flavor() {
		return this.flavor;
	}

	public String baseUrl() {
		return start().server.baseUrl();
	}

	/** The WireMock server, for stubbing and verifying. */
	public WireMockServer wireMock() {
		return start().server;
	}

	public void stub(MappingBuilder mapping) {
		wireMock().stubFor(mapping);
	}

	/** Settings that point at this stand-in with credentials of the right kind. */
	public JiraProperties properties() {
		return (this.flavor == JiraFlavor.CLOUD)
				? JiraProperties.cloud(baseUrl(), "tandem-bot@example.com", "api-token")
				: JiraProperties.dataCenter(baseUrl(), "personal-access-token");
	}

	/**
	 * A client for this stand-in that retries without sleeping (see
	 * {@link InstantRetries}).
	 */
	public JiraClient client() {
		return client(new InstantRetries());
	}

	public JiraClient client(InstantRetries retries) {
		return JiraClientFactory.standalone(retries.clock()).create(properties(), retries.policy(properties().retry()));
	}

	/** Requests received so far, oldest first. */
	public List<LoggedRequest> requests() {
		List<ServeEvent> events = new ArrayList<>(wireMock().getAllServeEvents());
		events.sort((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()));
		return events.stream().map(ServeEvent::getRequest).toList();
	}

	/**
	 * Fails when a request had no stub, or a request or stubbed answer does not match the
	 * OpenAPI documents.
	 */
	public void assertAllInteractionsMatchTheSpec() {
		List<String> problems = new ArrayList<>();
		for (ServeEvent event : wireMock().getAllServeEvents()) {
			if (!event.getWasMatched()) {
				problems.add("no stub for " + event.getRequest().getMethod() + " " + event.getRequest().getUrl());
			}
			problems.addAll(JiraOpenApi.get().problems(event));
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(
					"Jira interactions that do not match Atlassian's OpenAPI:\n  " + String.join("\n  ", problems));
		}
	}

	public void reset() {
		wireMock().resetAll();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			assertAllInteractionsMatchTheSpec();
		}
		finally {
			reset();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	/**
	 * Clock and sleeper for retry tests: sleeping advances the clock and is recorded,
	 * nothing waits.
	 */
	public static final class InstantRetries {

		private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-21T10:00:00Z"));

		private final List<java.time.Duration> sleeps = new ArrayList<>();

		public Clock clock() {
			return this.clock;
		}

		public MutableClock mutableClock() {
			return this.clock;
		}

		/** Pauses taken, in order. */
		public List<java.time.Duration> sleeps() {
			return List.copyOf(this.sleeps);
		}

		public JiraRetryPolicy policy(JiraProperties.Retry settings) {
			return new JiraRetryPolicy(settings, this.clock, (duration) -> {
				this.sleeps.add(duration);
				this.clock.advance(duration);
			}, () -> 0.5);
		}

	}

}
