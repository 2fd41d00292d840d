package dev.tandem.connector.api;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.triage.PolicyStore;
import dev.tandem.connector.triage.TriagePolicy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/policy}: the triage policy in force, its history, and saving a new
 * version ({@code basedOn} must be the version edited: 409 when someone saved since), and
 * restoring an older version as a new one.
 */
@RestController
class PolicyController {

	private final PolicyStore policies;

	PolicyController(PolicyStore policies) {
		this.policies = policies;
	}

	@GetMapping("/api/v1/policy")
	TriagePolicy current() {
		return this.policies.current();
	}

	@GetMapping("/api/v1/policy/history")
	List<TriagePolicy> history(@RequestParam(defaultValue = "20") int size) {
		return this.policies.history(Math.min(Math.max(size, 1), 100));
	}

	@PutMapping("/api/v1/policy")
	TriagePolicy save(@RequestBody PolicyChange change, Principal principal) {
		if (change.policy() == null) {
			throw new IllegalArgumentException("'policy' is missing");
		}
		return this.policies.save(change.policy(), change.basedOn(), principal.getName(),
				Optional.ofNullable(change.comment()));
	}

	@PostMapping("/api/v1/policy/restore")
	TriagePolicy restore(@RequestBody PolicyRestore restore, Principal principal) {
		if (restore.version() == null) {
			throw new IllegalArgumentException("'version' is missing");
		}
		return this.policies.restore(restore.version(), restore.basedOn(), principal.getName(),
				Optional.ofNullable(restore.comment()));
	}

	/**
	 * Body of {@code POST /api/v1/policy/restore}.
	 *
	 * @param version the version whose values come back (0: the configured defaults)
	 * @param basedOn the version in force that was looked at
	 * @param comment why (audited)
	 */
	record PolicyRestore(Integer version, int basedOn, String comment) {

	}

	/**
	 * Body of {@code PUT /api/v1/policy}.
	 *
	 * @param policy the new values
	 * @param basedOn the version that was edited
	 * @param comment why (audited)
	 */
	record PolicyChange(TriagePolicy policy, int basedOn, String comment) {

	}

}
