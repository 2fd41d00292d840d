package dev.tandem.connector.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.actions.ActionExecutor;
import dev.tandem.connector.actions.ActionOutcome;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.ActionStatus;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.OutboxAction;
import dev.tandem.connector.cases.RichText;
import dev.tandem.connector.cases.TestCases;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.store.Versioned;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The outbox's writes: an action that is not repeatable has its attempt recorded before
 * its call; done records wait for the next write while the next call needs no record.
 */
class OutboxStepTest {

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final CaseStore store = mock(CaseStore.class);

	private final ActionExecutor executor = mock(ActionExecutor.class);

	private final List<TicketCase> writes = new ArrayList<>();

	private final OutboxStep step = new OutboxStep(this.executor, mock(OperatingMode.class), mock(AuditLog.class),
			this.clock, new ProcessingMetrics(new SimpleMeterRegistry()));

	private final OutboxAction reply = OutboxAction.reply("SUP-1/0/reply", text("Refunds take 5 days."));

	private final OutboxAction labels = OutboxAction.edit("SUP-1/0/edit", List.of("tandem-auto-answered"),
			Optional.empty());

	private final OutboxAction assign = OutboxAction.assign("SUP-1/0/assign", "agent-1");

	private final OutboxAction note = OutboxAction.internalNote("SUP-1/0/note", text("Suggested answer"));

	OutboxStepTest() {
		given(this.store.save(any())).willAnswer((invocation) -> {
			Versioned<TicketCase> written = invocation.getArgument(0);
			this.writes.add(written.value());
			return new Versioned<>(written.id(), written.value(), written.seqNo() + 1, 1);
		});
		given(this.executor.execute(any(), any(), anyBoolean()))
			.willReturn(new ActionOutcome.Done(Optional.empty(), "done"));
	}

	@Test
	void aReplyRecordedWithTheDecisionAndTheLabelsAfterItTakeOneWrite() {
		ClaimedCase claimed = claimed(List.of(this.reply.started(NOW), this.labels), Optional.of(this.reply));

		runUntilItStops(claimed);

		assertThat(this.writes).singleElement().satisfies((written) -> {
			assertThat(written.outbox()).extracting(OutboxAction::status)
				.containsExactly(ActionStatus.DONE, ActionStatus.DONE);
			assertThat(written.firstActionAt()).contains(NOW);
			assertThat(written.lease()).isEmpty();
		});
	}

	@Test
	void aReplyNotYetRecordedIsRecordedBeforeItsCall() {
		ClaimedCase claimed = claimed(List.of(this.assign, this.reply, this.labels), Optional.empty());

		runUntilItStops(claimed);

		// the assignment is repeatable: made at once; the reply's attempt is written
		// with the assignment done, then both calls follow before the last write
		assertThat(this.writes).hasSize(2);
		assertThat(this.writes.get(0).outbox()).extracting(OutboxAction::status, OutboxAction::startedAt)
			.containsExactly(tuple(ActionStatus.DONE, Optional.empty()), tuple(ActionStatus.PENDING, Optional.of(NOW)),
					tuple(ActionStatus.PENDING, Optional.empty()));
		assertThat(this.writes.get(1).outbox())
			.allSatisfy((action) -> assertThat(action.status()).isEqualTo(ActionStatus.DONE));
	}

	@Test
	void aRetryRecordsTheActionsDoneBeforeIt() {
		given(this.executor.execute(any(), eq(this.labels.started(NOW)), anyBoolean()))
			.willReturn(new ActionOutcome.Retry(NOW.plusSeconds(30), "429 Too Many Requests", false));
		ClaimedCase claimed = claimed(List.of(this.assign, this.note.started(NOW), this.labels),
				Optional.of(this.note));

		Next next = runUntilItStops(claimed);

		assertThat(next).isEqualTo(Next.at(NOW.plusSeconds(30)));
		assertThat(this.writes).singleElement()
			.satisfies((written) -> assertThat(written.outbox()).extracting(OutboxAction::status)
				.containsExactly(ActionStatus.DONE, ActionStatus.DONE, ActionStatus.PENDING));
	}

	private static RichText text(String text) {
		return new RichText(List.of(List.of(RichText.Span.text(text))));
	}

	/** Runs the step as the case worker does, until it stops or waits. */
	private Next runUntilItStops(ClaimedCase claimed) {
		Next next = this.step.run(claimed);
		while (next.continueNow() && !next.leaseReleased()) {
			next = this.step.run(claimed);
		}
		return next;
	}

	/**
	 * A case claimed by this instance, its outbox as the decision wrote it;
	 * {@code recordedHere}: the action whose attempt the decision's write recorded, if
	 * any.
	 */
	private ClaimedCase claimed(List<OutboxAction> outbox, Optional<OutboxAction> recordedHere) {
		TicketCase decided = TestCases.received(NOW)
			.change()
			.outbox(outbox)
			.lease(Optional.of(new TicketCase.Lease("me", NOW.plusSeconds(15))))
			.apply(NOW);
		given(this.store.remembered("1")).willReturn(Optional.of(new Versioned<>("1", decided, 2, 1)));
		ClaimedCase claimed = ClaimedCase.claim(this.store, "1", "me", Duration.ofSeconds(60), this.clock)
			.orElseThrow();
		recordedHere.ifPresent((action) -> claimed.attemptRecorded(action.idempotencyKey()));
		return claimed;
	}

}
