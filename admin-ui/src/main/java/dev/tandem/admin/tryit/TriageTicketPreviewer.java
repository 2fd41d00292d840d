package dev.tandem.admin.tryit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.connector.triage.Triage;
import dev.tandem.connector.triage.TicketFacts;
import dev.tandem.connector.triage.TriageResult;

/**
 * The try-it console's previewer: the decision is the connector's real triage
 * ({@link Triage}, the same as {@code POST /api/v1/triage/preview}: policy in force,
 * excluded categories, languages, VIP rules); the ticket analysis around it (masked text,
 * sentiment signals, why each article matched) comes from
 * {@link AnalyzingTicketPreviewer}.
 * <p>
 * Reasons: when the analysis' default rules reach the same decision, its reasons are
 * shown in the user's language; when the policy decided otherwise (an excluded category,
 * auto-answering switched off, another threshold), the policy's own reasons are shown
 * (written by the connector, in English). Without the connector in this process the
 * analysis decides alone.
 */
@Service
@Primary
@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER', 'MANAGER')")
public class TriageTicketPreviewer implements TicketPreviewer {

	private final AnalyzingTicketPreviewer analysis;

	private final ObjectProvider<Triage> triage;

	TriageTicketPreviewer(AnalyzingTicketPreviewer analysis, ObjectProvider<Triage> triage) {
		this.analysis = analysis;
		this.triage = triage;
	}

	@Override
	public TicketPreview preview(String summary, String description) {
		TicketPreview analysed = this.analysis.preview(summary, description);
		Triage connector = this.triage.getIfAvailable();
		if (connector == null) {
			return analysed;
		}
		TriageResult result = connector
			.triage(new TicketFacts(summary, description, Optional.empty(), List.of(), List.of(), java.util.Map.of()));
		TicketPreview.Decision decision = TicketPreview.Decision.valueOf(result.decision().name());
		List<TicketPreview.Reason> reasons;
		if (decision == analysed.decision()) {
			reasons = analysed.reasons();
		}
		else {
			reasons = new ArrayList<>();
			reasons.add(TicketPreview.Reason.of("try-it.reason.policy", result.policyVersion()));
			result.reasons().forEach((reason) -> reasons.add(TicketPreview.Reason.of("try-it.reason.text", reason)));
		}
		List<String> evidence = new ArrayList<>(analysed.evidence());
		evidence.add("policy version " + result.policyVersion());
		return new TicketPreview(decision, result.confidence(), analysed.threshold(), analysed.calibrationWarning(),
				analysed.language(), analysed.articles(), analysed.sentiment(), analysed.priority(),
				analysed.maskedText(), reasons, evidence);
	}

}
