package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.tandem.jira.JiraClient;
import dev.tandem.jira.JiraException;
import dev.tandem.jira.JiraUser;
import dev.tandem.connector.jirasite.JiraSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents of each pool: those of the roster, plus the active members of the team's
 * Jira group (cached for {@code tandem.assignment.directory-refresh}). The roster's
 * settings win for agents known both ways; agents known only from Jira get
 * {@code tandem.assignment.defaults}.
 */
public class AgentDirectory implements AgentPools {

	private static final Logger log = LoggerFactory.getLogger(AgentDirectory.class);

	private final AssignmentProperties properties;

	private final JiraSite jira;

	private final Clock clock;

	private final Map<String, CachedGroup> groups = new ConcurrentHashMap<>();

	public AgentDirectory(AssignmentProperties properties, JiraSite jira, Clock clock) {
		this.properties = properties;
		this.jira = jira;
		this.clock = clock;
	}

	/** Members of a pool, in a stable order. */
	@Override
	public List<Agent> pool(Routing routing, String pool) {
		String name = pool.toLowerCase(Locale.ROOT);
		Map<String, Agent> members = new LinkedHashMap<>();
		routing.members(name).forEach((agent) -> members.put(agent.id(), agent));
		Optional<String> group = routing.jiraGroup(name);
		if (group.isPresent()) {
			for (JiraUser user : groupMembers(group.get())) {
				members.putIfAbsent(user.id(), routing.agent(user.id()).orElseGet(() -> fromJira(user, name)));
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
