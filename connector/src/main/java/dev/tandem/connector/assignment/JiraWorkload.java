package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraException;
import dev.tandem.connector.jirasite.JiraSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open tickets per agent from one JQL search over all candidates, cached briefly so a
 * burst of tickets costs one search; tickets Tandem assigns meanwhile are counted on top
 * so a burst does not all land on the same person.
 */
public class JiraWorkload implements Workload {

	private static final Logger log = LoggerFactory.getLogger(JiraWorkload.class);

	private final JiraSite jira;

	private final String openCondition;

	private final Duration refresh;

	private final Clock clock;

	private final Map<String, Integer> counted = new ConcurrentHashMap<>();

	private final Map<String, Integer> addedSince = new ConcurrentHashMap<>();

	private volatile Instant countedAt = Instant.MIN;

	public JiraWorkload(JiraSite jira, AssignmentProperties properties, Clock clock) {
		this.jira = jira;
		this.openCondition = properties.openTicketsJql();
		this.refresh = properties.workloadRefresh();
		this.clock = clock;
	}

	@Override
	public Map<String, Integer> openTickets(Collection<String> agentIds) {
		if (agentIds.isEmpty()) {
			return Map.of();
		}
		boolean stale = this.clock.instant().isAfter(this.countedAt.plus(this.refresh))
				|| !this.counted.keySet().containsAll(agentIds);
		if (stale) {
			refresh(agentIds);
		}
		Map<String, Integer> open = new HashMap<>();
		for (String id : agentIds) {
			open.put(id, this.counted.getOrDefault(id, 0) + this.addedSince.getOrDefault(id, 0));
		}
		return open;
	}

	@Override
	public void assigned(String agentId) {
		this.addedSince.merge(agentId, 1, Integer::sum);
	}

	private synchronized void refresh(Collection<String> agentIds) {
		JiraClient client = this.jira.client().orElse(null);
		if (client == null) {
			return;
		}
		String jql = "assignee in (" + agentIds.stream().map(JiraWorkload::quoted).collect(Collectors.joining(", "))
				+ ") AND " + this.openCondition;
		Map<String, Integer> fresh = new HashMap<>();
		agentIds.forEach((id) -> fresh.put(id, 0));
		try {
			client.searchAll(jql)
				.forEach((issue) -> issue.assignee().ifPresent((user) -> fresh.merge(user.id(), 1, Integer::sum)));
			this.counted.putAll(fresh);
			this.addedSince.clear();
			this.countedAt = this.clock.instant();
		}
		catch (JiraException ex) {
			log.warn("Could not count open tickets per agent, using the last counts: {}", ex.getMessage());
			agentIds.forEach((id) -> this.counted.putIfAbsent(id, 0));
			this.countedAt = this.clock.instant();
		}
	}

	private static String quoted(String id) {
		return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
