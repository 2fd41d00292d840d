package dev.tandem.admin.routing;

import java.util.Set;
import java.util.TreeSet;

import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterAgent;
import dev.tandem.connector.assignment.Team;

/**
 * The roster being edited on the page: changes stay here until the admin saves them as a
 * new version.
 */
interface Draft {

	Roster roster();

	void change(Roster changed);

	boolean editable();

	/** Categories the roster mentions (teams' and agents' skills), for suggestions. */
	default Set<String> categories() {
		Set<String> categories = new TreeSet<>();
		roster().teams().forEach((team) -> categories.addAll(team.categories()));
		roster().agents().forEach((agent) -> categories.addAll(agent.skills()));
		return categories;
	}

	default Set<String> teamNames() {
		Set<String> names = new TreeSet<>();
		roster().teams().stream().map(Team::name).forEach(names::add);
		names.add(roster().seniorTeam());
		return names;
	}

	default Set<String> agentIds() {
		Set<String> ids = new TreeSet<>();
		roster().agents().stream().map(RosterAgent::id).forEach(ids::add);
		return ids;
	}

}
