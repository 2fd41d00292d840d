package dev.tandem.jira;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * {@code tandem.jira.*}: where Jira is and how to talk to it. An empty {@code base-url}
 * means "no Jira" (demo mode): nothing else is checked then. Defaults live in the compact
 * constructor so programmatic construction (tests, the sandbox) gets them too.
 *
 * @param baseUrl Jira site, e.g. {@code https://example.atlassian.net} or a Data Center
 * base URL with context path
 * @param flavor {@code cloud} or {@code data-center}
 * @param user Cloud: the account's email for basic auth
 * @param apiToken Cloud: API token
 * @param personalAccessToken Data Center: bearer personal access token
 * @param webhookSecret secret of the Jira webhook (checked by intake)
 * @param jql which new tickets Tandem handles
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time to wait for an answer
 * @param pageSize issues per search page
 * @param internalNotes how internal notes are written
 * @param retry retry settings
 */
@ConfigurationProperties("tandem.jira")
public record JiraProperties(String baseUrl, JiraFlavor flavor, String user, String apiToken,
		String personalAccessToken, String webhookSecret, String jql, Duration connectTimeout, Duration readTimeout,
		Integer pageSize, InternalNoteMode internalNotes, Retry retry) implements Validator {

	public static final String DEFAULT_JQL = "created >= -1d";

	public JiraProperties {
		baseUrl = (baseUrl != null) ? baseUrl.strip() : "";
		flavor = Objects.requireNonNullElse(flavor, JiraFlavor.CLOUD);
		jql = Objects.requireNonNullElse(jql, DEFAULT_JQL);
		connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(5));
		readTimeout = Objects.requireNonNullElse(readTimeout, Duration.ofSeconds(30));
		pageSize = Objects.requireNonNullElse(pageSize, 50);
		internalNotes = Objects.requireNonNullElse(internalNotes, InternalNoteMode.AUTO);
		retry = Objects.requireNonNullElse(retry, Retry.defaults());
	}

	/**
	 * Cloud site with basic auth (email + API token), every other setting at its default.
	 */
	public static JiraProperties cloud(String baseUrl, String user, String apiToken) {
		return new JiraProperties(baseUrl, JiraFlavor.CLOUD, user, apiToken, null, null, null, null, null, null, null,
				null);
	}

	/**
	 * Data Center site with a personal access token, every other setting at its default.
	 */
	public static JiraProperties dataCenter(String baseUrl, String personalAccessToken) {
		return new JiraProperties(baseUrl, JiraFlavor.DATA_CENTER, null, null, personalAccessToken, null, null, null,
				null, null, null, null);
	}

	/**
	 * True when a Jira site is configured (otherwise Tandem runs without Jira, e.g. in
	 * demo mode).
	 */
	public boolean configured() {
		return !this.baseUrl.isEmpty();
	}

	public JiraProperties withRetry(Retry retry) {
		return new JiraProperties(this.baseUrl, this.flavor, this.user, this.apiToken, this.personalAccessToken,
				this.webhookSecret, this.jql, this.connectTimeout, this.readTimeout, this.pageSize, this.internalNotes,
				retry);
	}

	public JiraProperties withInternalNotes(InternalNoteMode internalNotes) {
		return new JiraProperties(this.baseUrl, this.flavor, this.user, this.apiToken, this.personalAccessToken,
				this.webhookSecret, this.jql, this.connectTimeout, this.readTimeout, this.pageSize, internalNotes,
				this.retry);
	}

	public JiraProperties withTimeouts(Duration connectTimeout, Duration readTimeout) {
		return new JiraProperties(this.baseUrl, this.flavor, this.user, this.apiToken, this.personalAccessToken,
				this.webhookSecret, this.jql, connectTimeout, readTimeout, this.pageSize, this.internalNotes,
				this.retry);
	}

	/** Every problem with these settings, each naming its key; empty when usable. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!configured()) {
			return problems;
		}
		if (!isHttpUrl(this.baseUrl)) {
			problems.add("tandem.jira.base-url must be an absolute http(s) URL such as https://example.atlassian.net,"
					+ " was '" + this.baseUrl + "'");
		}
		if (this.flavor == JiraFlavor.CLOUD && (isBlank(this.user) || isBlank(this.apiToken))) {
			problems.add("tandem.jira.flavor=cloud needs tandem.jira.user (the account's email) and"
					+ " tandem.jira.api-token" + missing("user", this.user, "api-token", this.apiToken));
		}
		if (this.flavor == JiraFlavor.DATA_CENTER && isBlank(this.personalAccessToken)) {
			problems.add("tandem.jira.flavor=data-center needs tandem.jira.personal-access-token");
		}
		if (this.jql.isBlank()) {
			problems.add("tandem.jira.jql must not be blank (default: " + DEFAULT_JQL + ")");
		}
		requirePositive(problems, "tandem.jira.connect-timeout", this.connectTimeout);
		requirePositive(problems, "tandem.jira.read-timeout", this.readTimeout);
		if (this.pageSize < 1 || this.pageSize > 100) {
			problems.add("tandem.jira.page-size must be between 1 and 100, was " + this.pageSize);
		}
		if (this.retry.maxAttempts() < 1) {
			problems.add("tandem.jira.retry.max-attempts must be at least 1, was " + this.retry.maxAttempts());
		}
		requirePositive(problems, "tandem.jira.retry.initial-backoff", this.retry.initialBackoff());
		requirePositive(problems, "tandem.jira.retry.max-backoff", this.retry.maxBackoff());
		if (this.retry.maxRetryAfter().isNegative()) {
			problems.add("tandem.jira.retry.max-retry-after must not be negative");
		}
		return problems;
	}

	@Override
	public boolean supports(Class<?> type) {
		return JiraProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		for (String problem : ((JiraProperties) target).problems()) {
			errors.reject("tandem.jira", problem);
		}
	}

	@Override
	public String toString() {
		return "JiraProperties[baseUrl=" + this.baseUrl + ", flavor=" + this.flavor + ", user=" + this.user
				+ ", apiToken=" + redacted(this.apiToken) + ", personalAccessToken="
				+ redacted(this.personalAccessToken) + ", webhookSecret=" + redacted(this.webhookSecret) + ", jql="
				+ this.jql + ", connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
				+ ", pageSize=" + this.pageSize + ", internalNotes=" + this.internalNotes + ", retry=" + this.retry
				+ "]";
	}

	private static String redacted(String secret) {
		return isBlank(secret) ? "<unset>" : "******";
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String missing(String firstKey, String first, String secondKey, String second) {
		List<String> absent = new ArrayList<>();
		if (isBlank(first)) {
			absent.add("tandem.jira." + firstKey);
		}
		if (isBlank(second)) {
			absent.add("tandem.jira." + secondKey);
		}
		return "; missing: " + String.join(", ", absent);
	}

	private static void requirePositive(List<String> problems, String key, Duration value) {
		if (value.isZero() || value.isNegative()) {
			problems.add(key + " must be positive, was " + value);
		}
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * {@code tandem.jira.retry.*}.
	 *
	 * @param maxAttempts attempts per call including the first (1 = no retries)
	 * @param initialBackoff first pause when Jira gave no {@code Retry-After}
	 * @param maxBackoff cap of the exponential pause
	 * @param maxRetryAfter longest {@code Retry-After} waited for in place; a longer one
	 * fails the call so an outbox can reschedule
	 */
	public record Retry(Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

		public Retry {
			maxAttempts = Objects.requireNonNullElse(maxAttempts, 4);
			initialBackoff = Objects.requireNonNullElse(initialBackoff, Duration.ofMillis(500));
			maxBackoff = Objects.requireNonNullElse(maxBackoff, Duration.ofSeconds(30));
			maxRetryAfter = Objects.requireNonNullElse(maxRetryAfter, Duration.ofSeconds(60));
		}

		public static Retry defaults() {
			return new Retry(null, null, null, null);
		}

	}

}
