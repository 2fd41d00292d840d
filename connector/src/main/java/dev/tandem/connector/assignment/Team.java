package dev.tandem.connector.assignment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team (assignment pool).
 *
 * @param name its name, lower case (e.g. {@code billing})
 * @param categories ticket categories it handles
 * @param jiraGroup a Jira group whose active members belong to the team as well
 */
public record Team(String name, List<String> categories, Optional<String> jiraGroup) {

	public Team {
		name = Roster.name(name);
		categories = Objects.requireNonNullElse(categories, List.<String>of())
			.stream()
			.map(Roster::name)
			.filter((category) -> !category.isEmpty())
			.distinct()
			.toList();
		jiraGroup = Objects.requireNonNullElse(jiraGroup, Optional.<String>empty())
			.map(String::strip)
			.filter((group) -> !group.isEmpty());
	}

}
