package dev.tandem.connector.store;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.tandem.jira.MutableClock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class StoreOutageLogTest {

	private final Logger log = mock(Logger.class);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

	private final StoreOutageLog outage = new StoreOutageLog(this.log, this.clock, Duration.ofSeconds(30));

	private final StoreUnavailableException refused = new StoreUnavailableException("Connection refused",
			new IOException("Connection refused"));

	@Test
	void logsTheFirstFailureThenOneSummaryPerIntervalThenTheRecovery() {
		for (int second = 0; second < 65; second++) {
			this.outage.failed("Webhook delivery not stored, Jira will retry", this.refused);
			this.outage.failed("Sweep skipped", this.refused);
			this.clock.advance(Duration.ofSeconds(1));
		}
		this.outage.succeeded();
		this.outage.succeeded();

		// the first failure, then a summary at 30 s and at 60 s: 3 lines, not 130
		ArgumentCaptor<String> formats = ArgumentCaptor.forClass(String.class);
		verify(this.log, times(3)).error(formats.capture(), any(Object[].class));
		List<String> lines = formats.getAllValues();
		assertThat(lines.get(0)).contains("further failures are summarised");
		assertThat(lines.subList(1, 3)).allMatch((line) -> line.startsWith("Elasticsearch unavailable for"));
		verify(this.log, times(1)).info(anyString(), any(Object.class), any(Object.class));
	}

}
