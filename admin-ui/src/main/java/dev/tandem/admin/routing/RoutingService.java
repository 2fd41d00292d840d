package dev.tandem.admin.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.Role;
import dev.tandem.admin.security.SignedInUser;
import dev.tandem.connector.assignment.Assigner;
import dev.tandem.connector.assignment.AssignmentRequest;
import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterStore;
import dev.tandem.connector.assignment.Routing;
import dev.tandem.connector.assignment.Workload;
import dev.tandem.connector.jirasite.JiraSite;

/**
 * The routing roster for the admin UI: admins and managers read it, its history and who
 * would get a ticket; only admins save (audited with the signed-in user). Empty when the
 * connector does not run in this process.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class RoutingService {

	private static final Logger log = LoggerFactory.getLogger(RoutingService.class);

	private final ObjectProvider<RosterStore> store;

	private final ObjectProvider<Assigner> assigner;

	private final ObjectProvider<Workload> workload;

	private final ObjectProvider<JiraSite> jira;

	private final CurrentUser currentUser;

	private final Clock clock;

	RoutingService(ObjectProvider<RosterStore> store, ObjectProvider<Assigner> assigner,
			ObjectProvider<Workload> workload, ObjectProvider<JiraSite> jira, CurrentUser currentUser, Clock clock) {
		this.store = store;
		this.assigner = assigner;
		this.workload = workload;
		this.jira = jira;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The roster in force; empty when no connector runs here. */
	public Optional<Roster> current() {
		return Optional.ofNullable(this.store.getIfAvailable()).map(RosterStore::current);
	}

	/** Saved versions, newest first, then the configuration they started from. */
	public List<Roster> history() {
		return Optional.ofNullable(this.store.getIfAvailable()).map((s) -> {
			List<Roster> saved = new java.util.ArrayList<>(s.history(100));
			saved.add(s.configuration());
			return List.copyOf(saved);
		}).orElse(List.of());
	}

	/**
	 * Saves the edited roster as the next version.
	 * @throws IllegalArgumentException naming every invalid field
	 * @throws dev.tandem.connector.store.VersionConflictException when someone saved
	 * since {@code basedOn}
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Roster save(Roster edited, int basedOn, String comment) {
		String by = this.currentUser.get().map(SignedInUser::username).orElse("unknown");
		RosterStore roster = this.store.getIfAvailable();
		if (roster == null) {
			throw new IllegalStateException("the connector does not run in this process");
		}
		return roster.save(edited, basedOn, by, Optional.ofNullable(comment).filter((c) -> !c.isBlank()));
	}

	/** Who would get such a ticket now under the roster (saved or a draft). */
	public Optional<AssignmentResult> preview(Roster roster, Optional<String> category, String language, boolean vip) {
		return Optional.ofNullable(this.assigner.getIfAvailable())
			.map((a) -> a.propose(new AssignmentRequest("preview", category, language, vip), Routing.of(roster)));
	}

	/** Open tickets per agent (cached counts from Jira); empty when Jira cannot tell. */
	public Map<String, Integer> openTickets(Collection<String> agentIds) {
		Workload counts = this.workload.getIfAvailable();
		JiraSite site = this.jira.getIfAvailable();
		// without Jira there is nothing to count: "unknown", not 0
		if (counts == null || site == null || !site.available() || agentIds.isEmpty()) {
			return Map.of();
		}
		try {
			return counts.openTickets(agentIds);
		}
		catch (RuntimeException ex) {
			log.warn("Could not count open tickets for the routing page: {}", ex.getMessage());
			return Map.of();
		}
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** Whether the signed-in user may change the roster. */
	public boolean canEdit() {
		return this.currentUser.get().map((user) -> user.roles().contains(Role.ADMIN)).orElse(false);
	}

}
