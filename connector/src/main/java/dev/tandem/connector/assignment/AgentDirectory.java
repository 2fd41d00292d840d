package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraUser;
import dev.tandem.connector.jirasite.JiraSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents of each pool: those configured in {@code tandem.assignment.agents}, plus the
 * active members of the pool's Jira group (cached for
 * {@code tandem.assignment.directory-refresh}). Configured settings win for agents known
 * both ways.
 */
public class AgentDirectory implements AgentPools {

	private static final Logger log = LoggerFactory.getLogger(AgentDirectory.class);

	private final AssignmentProperties properties;

	private final JiraSite jira;

	private final Clock clock;

	private final Map<String, Agent> configured = new LinkedHashMap<>();

	private final Map<String, CachedGroup> groups = new ConcurrentHashMap<>();

	public AgentDirectory(AssignmentProperties properties, JiraSite jira, Clock clock) {
		this.properties = properties;
		this.jira = jira;
		this.clock = clock;
		properties.agents()
			.forEach((settings) -> this.configured.put(settings.id(), settings.toAgent(properties.defaults())));
	}

	/** Members of a pool, in a stable order. */
	@Override
	public List<Agent> pool(String pool) {
		String name = pool.toLowerCase(Locale.ROOT);
		Map<String, Agent> members = new LinkedHashMap<>();
		this.configured.values()
			.stream()
			.filter((agent) -> agent.pools().contains(name))
			.forEach((agent) -> members.put(agent.id(), agent));
		String group = this.properties.poolGroups().get(pool);
		if (group != null) {
			for (JiraUser user : groupMembers(group)) {
				members.putIfAbsent(user.id(), this.configured.getOrDefault(user.id(), fromJira(user, name)));
			}
		}
		return new ArrayList<>(members.values());
	}

	private Agent fromJira(JiraUser user, String pool) {
		AssignmentProperties.Defaults defaults = this.properties.defaults();
		return new Agent(user.id(), user.displayName(), Set.of(pool), Set.copyOf(defaults.languages()), Set.of(),
				user.timeZone().orElse(defaults.timeZone()), defaults.workStart(), defaults.workEnd(),
				Set.copyOf(defaults.workDays()));
	}

	private List<JiraUser> groupMembers(String group) {
		Instant now = this.clock.instant();
		CachedGroup cached = this.groups.get(group);
		if (cached != null && now.isBefore(cached.at().plus(this.properties.directoryRefresh()))) {
			return cached.members();
		}
		JiraClient client = this.jira.client().orElse(null);
		if (client == null) {
			return List.of();
		}
		try {
			List<JiraUser> members = client.groupMembers(group).stream().filter(JiraUser::active).toList();
			this.groups.put(group, new CachedGroup(members, now));
			return members;
		}
		catch (JiraException ex) {
			log.warn("Could not read members of Jira group '{}', using {}: {}", group,
					(cached != null) ? "the last known list" : "configured agents only", ex.getMessage());
			return (cached != null) ? cached.members() : List.of();
		}
	}

	private record CachedGroup(List<JiraUser> members, Instant at) {

	}

}
