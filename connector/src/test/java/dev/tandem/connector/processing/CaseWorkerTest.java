package dev.tandem.connector.processing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.cases.CustomerReply;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.RichText;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.cases.TestCases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the priority lane does itself, and what it hands to the ordinary lane. */
class CaseWorkerTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private final TicketCase waiting = TestCases.received(NOW);

	@Test
	void aReplyNotYetLookedAtIsUrgent() {
		TicketCase replied = this.waiting.change()
			.replies(List.of(new CustomerReply("d-1", "c-1", Optional.of("customer"), true, "no", NOW, Optional.empty(),
					Optional.empty())))
			.apply(NOW);

		assertThat(CaseWorker.isUrgent(replied)).isTrue();
	}

	@Test
	void anAssignmentNotYetDoneIsUrgentTheAcknowledgementAfterItIsNot() {
		OutboxAction assign = OutboxAction.assign("SUP-1/2/assign", "agent-1");
		OutboxAction ack = OutboxAction.reply("SUP-1/2/ack", new RichText(List.of()));
		TicketCase escalating = this.waiting.change().outbox(List.of(assign, ack)).apply(NOW);
		TicketCase assigned = this.waiting.change().outbox(List.of(assign.done(NOW, Optional.empty()), ack)).apply(NOW);

		assertThat(CaseWorker.isUrgent(escalating)).isTrue();
		assertThat(CaseWorker.isUrgent(assigned)).isFalse();
	}

}
