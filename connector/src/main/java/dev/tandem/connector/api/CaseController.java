package dev.tandem.connector.api;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tandem.connector.assignment.AwayList;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseState;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Tandem did: cases ({@code /api/v1/cases}), the audit trail
 * ({@code /api/v1/audit}), and the agents' away list ({@code /api/v1/agents/away}).
 */
@RestController
class CaseController {

	private final CaseStore cases;

	private final AuditLog audit;

	private final AwayList away;

	CaseController(CaseStore cases, AuditLog audit, AwayList away) {
		this.cases = cases;
		this.audit = audit;
		this.away = away;
	}

	@GetMapping("/api/v1/cases")
	List<TicketCase> cases(@RequestParam Optional<String> state, @RequestParam Optional<String> key,
			@RequestParam(defaultValue = "50") int size) {
		Optional<CaseState> wanted = state.map((value) -> {
			try {
				return CaseState.valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("'state' must be one of " + List.of(CaseState.values()));
			}
		});
		return this.cases.latest(wanted, key, Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/api/v1/cases/{key}")
	ResponseEntity<TicketCase> byKey(@PathVariable String key) {
		return this.cases.latest(Optional.empty(), Optional.of(key), 1)
			.stream()
			.findFirst()
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/api/v1/audit")
	List<AuditEntry> audit(@RequestParam Optional<String> key, @RequestParam(defaultValue = "100") int size) {
		return this.audit.latest(key, Math.min(Math.max(size, 1), 1000));
	}

	@GetMapping("/api/v1/agents/away")
	Map<String, Set<String>> away() {
		return Map.of("away", this.away.markedAway());
	}

	@PutMapping("/api/v1/agents/{id}/away")
	Map<String, Set<String>> setAway(@PathVariable String id, @RequestBody AwayChange change, Principal principal) {
		return Map.of("away", this.away.set(id, change.away(), principal.getName()));
	}

	/**
	 * Body of {@code PUT /api/v1/agents/{id}/away}.
	 *
	 * @param away true: away; false: back
	 */
	record AwayChange(boolean away) {

	}

}
