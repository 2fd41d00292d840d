package dev.tandem.jira.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One Jira REST call: a path template with its values, query parameters and an optional
 * JSON body. Path values and query values are encoded strictly (JQL is full of reserved
 * characters).
 *
 * @param method HTTP method
 * @param pathTemplate path below the base URL, e.g. {@code /rest/api/3/issue/{key}}
 * @param pathValues values of the template's variables in order
 * @param query query parameters in order
 * @param body JSON body
 */
public record JiraRequest(HttpMethod method, String pathTemplate, List<String> pathValues, Map<String, String> query,
		Optional<JsonNode> body) {

	public JiraRequest {
		pathValues = List.copyOf(pathValues);
		query = new LinkedHashMap<>(query);
	}

	public static JiraRequest get(String pathTemplate, String... pathValues) {
		return new JiraRequest(HttpMethod.GET, pathTemplate, List.of(pathValues), Map.of(), Optional.empty());
	}

	public static JiraRequest post(String pathTemplate, JsonNode body, String... pathValues) {
		return new JiraRequest(HttpMethod.POST, pathTemplate, List.of(pathValues), Map.of(), Optional.of(body));
	}

	public static JiraRequest put(String pathTemplate, JsonNode body, String... pathValues) {
		return new JiraRequest(HttpMethod.PUT, pathTemplate, List.of(pathValues), Map.of(), Optional.of(body));
	}

	/** The same request with one more query parameter. */
	public JiraRequest with(String name, Object value) {
		Map<String, String> more = new LinkedHashMap<>(this.query);
		more.put(name, String.valueOf(value));
		return new JiraRequest(this.method, this.pathTemplate, this.pathValues, more, this.body);
	}

	/**
	 * The full URI below the base URL (which may carry a context path, as Data Center
	 * often does).
	 */
	public URI uri(String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(base).path(this.pathTemplate);
		List<Object> values = new ArrayList<>(this.pathValues);
		int index = 0;
		for (Map.Entry<String, String> parameter : this.query.entrySet()) {
			builder.queryParam(parameter.getKey(), "{query" + index++ + "}");
			values.add(parameter.getValue());
		}
		return builder.encode().buildAndExpand(values.toArray()).toUri();
	}

	/**
	 * For messages and logs: method and path with values, without the query (JQL may hold
	 * personal data).
	 */
	public String describe() {
		String path = this.pathTemplate;
		for (String value : this.pathValues) {
			path = path.replaceFirst("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
		}
		return this.method.name() + " " + path;
	}

}
