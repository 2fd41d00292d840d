package dev.tandem.connector.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox speaking Jira Cloud's REST API v3 at {@code /sandbox/jira}: the subset
 * Tandem's client uses, with Jira's status codes and error bodies. Requests need the
 * sandbox's basic-auth credentials, as a real site would.
 */
@RestController
@SandboxActive
@RequestMapping("/sandbox/jira/rest/api/3")
class SandboxJiraController {

	private static final Pattern ASSIGNEE_IN = Pattern.compile("assignee in \\(([^)]*)\\)");

	private final SandboxJira jira;

	private final SandboxCredentials credentials;

	SandboxJiraController(SandboxJira jira, SandboxCredentials credentials) {
		this.jira = jira;
		this.credentials = credentials;
	}

	@GetMapping("/myself")
	ResponseEntity<JsonNode> myself(@RequestHeader(name = "Authorization", required = false) String auth) {
		return authorised(auth).orElseGet(() -> ResponseEntity.ok(this.jira.myself()));
	}

	@GetMapping("/issue/{key}")
	ResponseEntity<JsonNode> issue(@RequestHeader(name = "Authorization", required = false) String auth,
			@PathVariable String key) {
		return authorised(auth).orElseGet(() -> found(this.jira.issue(key), key));
	}

	@GetMapping("/issue/{key}/comment")
	ResponseEntity<JsonNode> comments(@RequestHeader(name = "Authorization", required = false) String auth,
			@PathVariable String key, @RequestParam(defaultValue = "0") int startAt,
			@RequestParam(defaultValue = "100") int maxResults) {
		return authorised(auth).orElseGet(() -> found(this.jira.comments(key, startAt, maxResults), key));
	}

	@PostMapping("/issue/{key}/comment")
	ResponseEntity<JsonNode> addComment(@RequestHeader(name = "Authorization", required = false) String auth,
			@PathVariable String key, @RequestBody JsonNode body) {
		return authorised(auth).orElseGet(() -> {
			boolean internal = false;
			for (JsonNode property : body.path("properties").values()) {
				internal |= "sd.public.comment".equals(property.path("key").asString(""))
						&& property.path("value").path("internal").asBoolean(false);
			}
			if (!body.path("body").isObject()) {
				return error(HttpStatus.BAD_REQUEST, "Comment body is not valid!");
			}
			return this.jira.addComment(key, SandboxJira.BOT, body.path("body"), internal)
				.map((comment) -> ResponseEntity.status(HttpStatus.CREATED).body((JsonNode) comment))
				.orElseGet(() -> notFound(key));
		});
	}

	@PutMapping("/issue/{key}/assignee")
	ResponseEntity<JsonNode> assign(@RequestHeader(name = "Authorization", required = false) String auth,
			@PathVariable String key, @RequestBody JsonNode body) {
		return authorised(auth).orElseGet(() -> {
			String accountId = body.path("accountId").isString() ? body.path("accountId").asString() : null;
			return this.jira.assign(key, accountId) ? ResponseEntity.noContent().build() : notFound(key);
		});
	}

	@PutMapping("/issue/{key}")
	ResponseEntity<JsonNode> edit(@RequestHeader(name = "Authorization", required = false) String auth,
			@PathVariable String key, @RequestBody JsonNode body) {
		return authorised(auth).orElseGet(() -> {
			List<String> labels = new ArrayList<>();
			body.path("update").path("labels").values().forEach((op) -> {
				if (op.path("add").isString()) {
					labels.add(op.path("add").asString());
				}
			});
			Optional<String> priority = Optional.of(body.path("fields").path("priority").path("name"))
				.filter(JsonNode::isString)
				.map(JsonNode::asString);
			return this.jira.edit(key, labels, priority) ? ResponseEntity.noContent().build() : notFound(key);
		});
	}

	@GetMapping("/issue/{key}/transitions")
	ResponseEntity<JsonNode> transitions(@RequestHeader(name = "Authorization", required = false) String auth,
			@PathVariable String key) {
		return authorised(auth).orElseGet(() -> found(this.jira.transitions(key), key));
	}

	@PostMapping("/issue/{key}/transitions")
	ResponseEntity<JsonNode> transition(@RequestHeader(name = "Authorization", required = false) String auth,
			@PathVariable String key, @RequestBody JsonNode body) {
		return authorised(auth)
			.orElseGet(() -> this.jira.transition(key, body.path("transition").path("id").asString(""))
					? ResponseEntity.noContent().build()
					: error(HttpStatus.BAD_REQUEST, "Transition id is not valid for this issue."));
	}

	@PostMapping("/search/jql")
	ResponseEntity<JsonNode> search(@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestBody JsonNode body) {
		return authorised(auth).orElseGet(() -> {
			Matcher assignees = ASSIGNEE_IN.matcher(body.path("jql").asString(""));
			Optional<Set<String>> ids = assignees.find() ? Optional.of(ids(assignees.group(1))) : Optional.empty();
			ObjectNode page = JsonNodeFactory.instance.objectNode();
			ArrayNode issues = page.putArray("issues");
			this.jira.search(ids).forEach(issues::add);
			page.put("isLast", true);
			return ResponseEntity.ok(page);
		});
	}

	@GetMapping("/group/member")
	ResponseEntity<JsonNode> groupMembers(@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestParam String groupname) {
		return authorised(auth).orElseGet(() -> {
			List<ObjectNode> members = this.jira.groupMembers(groupname);
			ObjectNode page = JsonNodeFactory.instance.objectNode()
				.put("startAt", 0)
				.put("maxResults", 50)
				.put("total", members.size())
				.put("isLast", true);
			page.putArray("values").addAll(members);
			return ResponseEntity.ok(page);
		});
	}

	private static Set<String> ids(String list) {
		Set<String> ids = new LinkedHashSet<>();
		for (String part : list.split(",")) {
			String id = part.strip().replaceAll("^\"|\"$", "");
			if (!id.isEmpty()) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** Empty when the credentials are right, else a 401 answer. */
	private Optional<ResponseEntity<JsonNode>> authorised(String header) {
		byte[] expected = this.credentials.basicAuthorization().getBytes(StandardCharsets.UTF_8);
		byte[] given = (header != null) ? header.getBytes(StandardCharsets.UTF_8) : new byte[0];
		return MessageDigest.isEqual(expected, given) ? Optional.empty()
				: Optional.of(error(HttpStatus.UNAUTHORIZED, "Client must be authenticated to access this resource."));
	}

	private static ResponseEntity<JsonNode> found(Optional<ObjectNode> node, String key) {
		return node.map((found) -> ResponseEntity.ok((JsonNode) found)).orElseGet(() -> notFound(key));
	}

	private static ResponseEntity<JsonNode> notFound(String key) {
		return error(HttpStatus.NOT_FOUND, "Issue does not exist or you do not have permission to see it.");
	}

	private static ResponseEntity<JsonNode> error(HttpStatus status, String message) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.putArray("errorMessages").add(message);
		body.putObject("errors");
		return ResponseEntity.status(status).body(body);
	}

}
