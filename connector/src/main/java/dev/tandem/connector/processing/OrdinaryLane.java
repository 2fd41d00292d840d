package dev.tandem.connector.processing;

import dev.tandem.connector.cases.TicketCase;

/**
 * Ordinary work: before each step, waits at the gate while a person waits for priority
 * work, unless this case itself is what the person waits for (a reply arrived while the
 * case was in this lane).
 */
final class OrdinaryLane implements CaseProcessor.Lane {

	private final PriorityGate gate;

	private boolean entered;

	OrdinaryLane(PriorityGate gate) {
		this.gate = gate;
	}

	@Override
	public boolean enter(TicketCase current) {
		if (!CaseWorker.isUrgent(current)) {
			this.gate.enterOrdinary();
			this.entered = true;
		}
		return true;
	}

	@Override
	public void leave() {
		if (this.entered) {
			this.entered = false;
			this.gate.leaveOrdinary();
		}
	}

}
