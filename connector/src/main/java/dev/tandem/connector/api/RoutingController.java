package dev.tandem.connector.api;

import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.connector.assignment.Assigner;
import dev.tandem.connector.assignment.AssignmentRequest;
import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterStore;
import dev.tandem.connector.assignment.Routing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/routing}: the routing roster in force (teams, agents, hours, away list),
 * its history, saving a new version ({@code basedOn} must be the version edited: 409 when
 * someone saved since; 400 naming every invalid field), and who would get a ticket now.
 */
@RestController
class RoutingController {

	private final RosterStore rosters;

	private final Assigner assigner;

	RoutingController(RosterStore rosters, Assigner assigner) {
		this.rosters = rosters;
		this.assigner = assigner;
	}

	@GetMapping("/api/v1/routing")
	Roster current() {
		return this.rosters.current();
	}

	@GetMapping("/api/v1/routing/history")
	List<Roster> history(@RequestParam(defaultValue = "20") int size) {
		return this.rosters.history(Math.min(Math.max(size, 1), 100));
	}

	@PutMapping("/api/v1/routing")
	Roster save(@RequestBody RosterChangeRequest change, Principal principal) {
		if (change.roster() == null) {
			throw new IllegalArgumentException("'roster' is missing");
		}
		if (change.basedOn() == null) {
			throw new IllegalArgumentException("'basedOn' is missing: the version that was edited");
		}
		return this.rosters.save(change.roster(), change.basedOn(), principal.getName(),
				Optional.ofNullable(change.comment()));
	}

	@PostMapping("/api/v1/routing/preview")
	AssignmentResult preview(@RequestBody RoutingPreviewRequest request) {
		AssignmentRequest ticket = new AssignmentRequest("preview",
				Optional.ofNullable(request.category()).map(String::strip).filter((c) -> !c.isEmpty()),
				Objects.requireNonNullElse(request.language(), "und"), Boolean.TRUE.equals(request.vip()));
		if (request.roster() == null) {
			return this.assigner.propose(ticket);
		}
		List<String> problems = request.roster().problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid roster: " + String.join("; ", problems));
		}
		return this.assigner.propose(ticket, Routing.of(request.roster()));
	}

	/**
	 * Body of {@code PUT /api/v1/routing}.
	 *
	 * @param roster the new content
	 * @param basedOn the version that was edited
	 * @param comment why (audited)
	 */
	record RosterChangeRequest(Roster roster, Integer basedOn, String comment) {

	}

	/**
	 * Body of {@code POST /api/v1/routing/preview}.
	 *
	 * @param category the ticket's category (optional)
	 * @param language its language, e.g. {@code zh}
	 * @param vip whether it comes from a VIP
	 * @param roster an unsaved roster to try instead of the one in force (optional)
	 */
	record RoutingPreviewRequest(String category, String language, Boolean vip, Roster roster) {

	}

}
