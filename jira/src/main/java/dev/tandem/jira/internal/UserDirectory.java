package dev.tandem.jira.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraUser;
import tools.jackson.databind.JsonNode;

/** Agents: group members and assignable users, all pages. */
final class UserDirectory {

	private static final int PAGE = 50;

	private final JiraHttp http;

	private final JiraDialect dialect;

	private final JiraReader reader;

	UserDirectory(JiraHttp http, JiraDialect dialect, JiraReader reader) {
		this.http = http;
		this.dialect = dialect;
		this.reader = reader;
	}

	List<JiraUser> groupMembers(String groupName) {
		List<JiraUser> members = new ArrayList<>();
		for (int startAt = 0;; startAt += PAGE) {
			JiraRequest request = JiraRequest.get(this.dialect.api() + "/group/member")
				.with("groupname", groupName)
				.with("includeInactiveUsers", false)
				.with("startAt", startAt)
				.with("maxResults", PAGE);
			JsonNode page = this.http.execute(request);
			List<JiraUser> users = this.http.read(request, () -> this.reader.users(page.path("values")));
			members.addAll(users);
			if (users.isEmpty() || page.path("isLast").asBoolean(true)) {
				return members;
			}
		}
	}

	List<JiraUser> assignableUsers(String projectKey) {
		boolean dataCenter = this.dialect.flavor() == JiraFlavor.DATA_CENTER;
		Map<String, JiraUser> users = new LinkedHashMap<>();
		for (int startAt = 0;; startAt += PAGE) {
			JiraRequest request = JiraRequest.get(this.dialect.api() + "/user/assignable/search")
				.with("project", projectKey)
				.with("startAt", startAt)
				.with("maxResults", PAGE);
			// older Data Center versions insist on the parameter; empty matches everyone
			JiraRequest sent = dataCenter ? request.with("username", "") : request;
			JsonNode page = this.http.execute(sent);
			List<JiraUser> found = this.http.read(sent, () -> this.reader.users(page));
			found.forEach((user) -> users.putIfAbsent(user.id(), user));
			// Cloud filters each page after fetching it, so only an empty page is the
			// last; Data Center fills pages
			if (found.isEmpty() || (dataCenter && found.size() < PAGE)) {
				return List.copyOf(users.values());
			}
		}
	}

}
