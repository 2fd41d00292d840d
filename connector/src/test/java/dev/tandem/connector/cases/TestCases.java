package dev.tandem.connector.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cases for tests that need one but not its ticket's details. */
public final class TestCases {

	private TestCases() {
	}

	/** Case {@code 1} (SUP-1, "Refund"), just received by webhook at {@code at}. */
	public static TicketCase received(Instant at) {
		return TicketCase
			.received(
					"1", "SUP-1", "SUP", "webhook", new TicketSnapshot("Refund", "", Optional.empty(), Optional.empty(),
							List.of(), List.of(), Map.of(), Optional.empty(), "Open", "Task", Optional.empty(), at),
					at);
	}

}
