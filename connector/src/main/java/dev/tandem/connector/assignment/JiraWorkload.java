package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraException;
import dev.tandem.connector.jirasite.JiraSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open tickets per agent from one JQL search over all candidates, cached briefly so a
 * burst of tickets costs one search; tickets Tandem assigns meanwhile are counted on top
 * so a burst does not all land on the same person. The counts are refreshed in the
 * background: a choice never waits for Jira's search (a follow-up's customer waits for
 * the person), it uses the last counts (none yet: zero, the round robin decides) while a
 * refresh is under way.
 */
public class JiraWorkload implements Workload {

	private static final Logger log = LoggerFactory.getLogger(JiraWorkload.class);

	private final JiraSite jira;

	private final String openCondition;

	private final Duration refresh;

	private final Clock clock;

	private final Map<String, Integer> counted = new ConcurrentHashMap<>();

	private final Map<String, Integer> addedSince = new ConcurrentHashMap<>();

	private final Set<String> known = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private final Executor background;

	private volatile Instant countedAt = Instant.MIN;

	public JiraWorkload(JiraSite jira, AssignmentProperties properties, Clock clock) {
		this(jira, properties, clock, (task) -> Thread.ofVirtual().name("tandem-workload-refresh").start(task));
	}

	/**
	 * @param background where refreshes run (tests: the calling thread)
	 */
	JiraWorkload(JiraSite jira, AssignmentProperties properties, Clock clock, Executor background) {
		this.jira = jira;
		this.openCondition = properties.openTicketsJql();
		this.refresh = properties.workloadRefresh();
		this.clock = clock;
		this.background = background;
	}

	@Override
	public Map<String, Integer> openTickets(Collection<String> agentIds) {
		if (agentIds.isEmpty()) {
			return Map.of();
		}
		boolean unknown = this.known.addAll(agentIds);
		boolean stale = this.clock.instant().isAfter(this.countedAt.plus(this.refresh));
		if ((unknown || stale) && this.refreshing.compareAndSet(false, true)) {
			try {
				this.background.execute(this::refresh);
			}
			catch (RuntimeException ex) {
				this.refreshing.set(false);
				log.warn("Could not start counting open tickets per agent: {}", ex.toString());
			}
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

	private void refresh() {
		try {
			JiraClient client = this.jira.client().orElse(null);
			if (client == null) {
				return;
			}
			List<String> agentIds = List.copyOf(this.known);
			String jql = "assignee in (" + agentIds.stream().map(JiraWorkload::quoted).collect(Collectors.joining(", "))
					+ ") AND " + this.openCondition;
			Map<String, Integer> fresh = new HashMap<>();
			agentIds.forEach((id) -> fresh.put(id, 0));
			try {
				client.searchAll(jql)
					.forEach((issue) -> issue.assignee().ifPresent((user) -> fresh.merge(user.id(), 1, Integer::sum)));
				this.counted.putAll(fresh);
				this.addedSince.clear();
			}
			catch (JiraException ex) {
				log.warn("Could not count open tickets per agent, using the last counts: {}", ex.getMessage());
				agentIds.forEach((id) -> this.counted.putIfAbsent(id, 0));
			}
			// agents first asked for while this search ran are counted by the next one
			this.countedAt = this.counted.keySet().containsAll(this.known) ? this.clock.instant() : Instant.MIN;
		}
		catch (RuntimeException ex) {
			log.warn("Counting open tickets per agent failed, using the last counts: {}", ex.toString());
			this.countedAt = this.clock.instant();
		}
		finally {
			this.refreshing.set(false);
		}
	}

	private static String quoted(String id) {
		return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
