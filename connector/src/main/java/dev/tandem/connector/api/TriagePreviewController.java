package dev.tandem.connector.api;

import dev.tandem.connector.assignment.Assigner;
import dev.tandem.connector.assignment.AssignmentRequest;
import dev.tandem.connector.assignment.AssignmentResult;
import dev.tandem.connector.triage.Decision;
import dev.tandem.connector.triage.TicketFacts;
import dev.tandem.connector.triage.Triage;
import dev.tandem.connector.triage.TriageResult;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/triage/preview}: what Tandem would do with a ticket. Changes
 * nothing: no case, no Jira call, the round robin does not move.
 */
@RestController
class TriagePreviewController {

	private final Triage triage;

	private final Assigner assigner;

	TriagePreviewController(Triage triage, Assigner assigner) {
		this.triage = triage;
		this.assigner = assigner;
	}

	@PostMapping("/api/v1/triage/preview")
	PreviewResponse preview(@RequestBody PreviewRequest request) {
		if (request.summary().isBlank() && request.description().isBlank()) {
			throw new IllegalArgumentException("'summary' and 'description' are both empty: nothing to triage");
		}
		TicketFacts facts = new TicketFacts(request.summary(), request.description(),
				TicketFacts.domainOf(request.reporter().emailAddress()), request.labels(), request.organisations(),
				request.fields());
		TriageResult result = this.triage.triage(facts);
		AssignmentResult assignment = (result.decision() == Decision.AUTO_ANSWER) ? null : this.assigner
			.propose(new AssignmentRequest("preview", result.category(), result.language(), result.vip()));
		return PreviewResponse.of(result, assignment);
	}

}
