package dev.tandem.jira;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Atlassian's OpenAPI documents for Jira Cloud (platform v3 and service management),
 * loaded once per JVM (~2 s), and the check of one WireMock interaction against them.
 * <p>
 * Data Center (REST v2) has no document here. Its requests and answers are checked
 * against v3 after mapping {@code /rest/api/2/} to {@code /rest/api/3/}, which holds
 * because the shapes Tandem uses are the same except:
 * <ul>
 * <li>bodies: v2 sends wiki-markup strings where v3 sends ADF objects; the spec leaves
 * comment bodies and issue fields untyped, so both pass;</li>
 * <li>users: v2 names users by {@code name} (and {@code key}), v3 by {@code accountId};
 * v3's {@code User} and {@code UserDetails} still list {@code name} and {@code key}, so
 * both pass;</li>
 * <li>authentication: v2 uses a bearer personal access token, v3 documents basic auth and
 * OAuth 2 only, so security findings are ignored for mapped v2 calls;</li>
 * <li>search: v2 {@code /search} pages with startAt/total and is checked against v3's
 * (deprecated) {@code /search}, which has the same shape.</li>
 * </ul>
 * The v2-only details are asserted by explicit Data Center shape tests instead.
 * <p>
 * Where the documents contradict Jira's documented behaviour, the finding is ignored
 * narrowly: Jira's timestamp format, error statuses the documents do not list per
 * operation (Jira answers 403/429/5xx anywhere), 204 answers without a body, and
 * {@code null} as "unassign" on the assignee operation (documented in its description).
 */
public final class JiraOpenApi {

	private static final JsonMapper errorJson = JsonMapper.builder().build();

	private static volatile JiraOpenApi loaded;

	private final OpenApiInteractionValidator platform;

	private final OpenApiInteractionValidator serviceDesk;

	private JiraOpenApi(Path directory) {
		this.platform = load(directory.resolve("jira-platform.v3.json"));
		this.serviceDesk = load(directory.resolve("jira-servicedesk.v3.json"));
	}

	/** The documents, loaded on first use. */
	public static JiraOpenApi get() {
		JiraOpenApi api = loaded;
		if (api == null) {
			synchronized (JiraOpenApi.class) {
				if (loaded == null) {
					loaded = new JiraOpenApi(specDirectory());
				}
				api = loaded;
			}
		}
		return api;
	}

	/**
	 * Problems of one served interaction; empty when both request and answer match the
	 * spec. Faults (reset connections) have no answer to check.
	 */
	public List<String> problems(ServeEvent event) {
		LoggedRequest logged = event.getRequest();
		String rawPath = logged.getUrl().split("\\?", 2)[0];
		boolean dataCenter = rawPath.startsWith("/rest/api/2/");
		String path = dataCenter ? "/rest/api/3/" + rawPath.substring("/rest/api/2/".length()) : rawPath;
		OpenApiInteractionValidator validator = path.startsWith("/rest/servicedeskapi/") ? this.serviceDesk
				: this.platform;
		Request request = request(logged, path);
		LoggedResponse response = event.getResponse();
		ValidationReport report = (response == null || response.getFault() != null) ? validator.validateRequest(request)
				: validator.validate(request, response(response));
		List<String> problems = new ArrayList<>();
		if (response != null && response.getFault() == null && response.getStatus() >= 400) {
			errorBodyProblem(response).ifPresent((problem) -> problems
				.add(logged.getMethod() + " " + logged.getUrl() + ": [error body] " + problem));
		}
		for (ValidationReport.Message message : report.getMessages()) {
			int status = (response != null) ? response.getStatus() : 0;
			if (message.getLevel() == ValidationReport.Level.ERROR && !ignored(message, dataCenter, status)
					&& !unassignment(message, path)) {
				problems.add(logged.getMethod() + " " + logged.getUrl() + ": [" + message.getKey() + "] "
						+ message.getMessage());
			}
		}
		return problems;
	}

	private static boolean ignored(ValidationReport.Message message, boolean dataCenter, int status) {
		String key = message.getKey();
		// the documents list error statuses per operation incompletely (429, 5xx and
		// often 403 are missing), while
		// Jira may answer any of them anywhere
		if (key.equals("validation.response.status.unknown") && status >= 400) {
			return true;
		}
		// Jira answers errors with its ErrorCollection even where the documents declare
		// no body (checked separately)
		if (key.equals("validation.response.body.unexpected") && status >= 400) {
			return true;
		}
		// 204 answers carry no body; the documents nevertheless declare an empty JSON
		// schema for them
		if (key.equals("validation.response.body.missing") && status == 204) {
			return true;
		}
		// Jira's real timestamps (2024-01-15T10:30:00.000+0000) have no colon in the
		// offset, which the spec's
		// date-time format refuses
		if (key.contains(".schema.format") && message.getMessage().contains("date-time")) {
			return true;
		}
		if (key.contains(".schema.")
				&& message.getNestedMessages().stream().allMatch((nested) -> ignored(nested, dataCenter, status))
				&& !message.getNestedMessages().isEmpty()) {
			return true;
		}
		return dataCenter && key.startsWith("validation.request.security");
	}

	// Jira's ErrorCollection {"errorMessages": [...], "errors": {...}}, or the service
	// desk API's {"errorMessage": ...}
	private static Optional<String> errorBodyProblem(LoggedResponse response) {
		String contentType = Optional.ofNullable(response.getHeaders())
			.map((headers) -> headers.getContentTypeHeader().mimeTypePart())
			.orElse(null);
		String body = response.getBodyAsString();
		if (contentType == null || !contentType.contains("json") || body == null || body.isBlank()) {
			return Optional.empty();
		}
		try {
			JsonNode error = errorJson.readTree(body);
			boolean collection = error.path("errorMessages").isArray() || error.path("errors").isObject();
			boolean serviceDesk = error.path("errorMessage").isString();
			return (collection || serviceDesk) ? Optional.empty()
					: Optional.of("not a Jira error (errorMessages/errors or errorMessage): " + body);
		}
		catch (JacksonException ex) {
			return Optional.of("error answer declared as JSON is not JSON: " + body);
		}
	}

	// "If accountId (or name) is set to null, the issue is set to unassigned", says the
	// operation's description,
	// while its schema types the field as a non-nullable string
	private static boolean unassignment(ValidationReport.Message message, String path) {
		return path.endsWith("/assignee") && message.getKey().equals("validation.request.body.schema.type")
				&& message.getMessage().startsWith("null:");
	}

	private static Request request(LoggedRequest logged, String path) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().getName(), path);
		for (HttpHeader header : logged.getHeaders().all()) {
			builder.withHeader(header.key(), header.values());
		}
		for (QueryParameter parameter : logged.getQueryParams().values()) {
			builder.withQueryParam(parameter.key(),
					parameter.values().stream().map((v) -> URLDecoder.decode(v, StandardCharsets.UTF_8)).toList());
		}
		Optional.ofNullable(logged.getBodyAsString()).filter((body) -> !body.isEmpty()).ifPresent(builder::withBody);
		return builder.build();
	}

	private static com.atlassian.oai.validator.model.Response response(LoggedResponse logged) {
		SimpleResponse.Builder builder = new SimpleResponse.Builder(logged.getStatus());
		if (logged.getHeaders() != null) {
			for (HttpHeader header : logged.getHeaders().all()) {
				builder.withHeader(header.key(), header.values());
			}
		}
		Optional.ofNullable(logged.getBodyAsString()).filter((body) -> !body.isEmpty()).ifPresent(builder::withBody);
		return builder.build();
	}

	private static OpenApiInteractionValidator load(Path spec) {
		// the service management document repeats some operationIds, which the
		// validator's own loading refuses;
		// parsing it first and handing over the model skips that purely cosmetic check
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
		if (api == null) {
			throw new IllegalStateException("Cannot parse the OpenAPI document " + spec);
		}
		return OpenApiInteractionValidator.createFor(api).build();
	}

	/**
	 * {@code shared/jira} next to the project root (the directory holding {@code mvnw}),
	 * or {@code -Dtandem.jira.openapi-dir=...}.
	 */
	static Path specDirectory() {
		String configured = System.getProperty("tandem.jira.openapi-dir");
		if (configured != null) {
			return Path.of(configured);
		}
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null || dir.getParent() == null) {
			throw new IllegalStateException(
					"No project root (a directory with mvnw) above " + System.getProperty("user.dir"));
		}
		Path specs = dir.getParent().resolve("shared").resolve("jira");
		if (!Files.isRegularFile(specs.resolve("jira-platform.v3.json"))) {
			throw new IllegalStateException("Jira OpenAPI documents not found in " + specs
					+ " (expected jira-platform.v3.json and jira-servicedesk.v3.json; set -Dtandem.jira.openapi-dir)");
		}
		return specs;
	}

}
