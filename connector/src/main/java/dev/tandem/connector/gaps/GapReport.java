package dev.tandem.connector.gaps;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Knowledge gaps as computed at one moment ({@code <prefix>-gaps}, document
 * {@code latest}).
 *
 * @param computedAt when
 * @param from start of the period
 * @param until end of the period
 * @param previousFrom start of the period before (which ends at {@code from})
 * @param tickets gap tickets considered in both periods
 * @param gaps gaps, highest ranked first
 * @param computeMillis how long the computation took
 */
public record GapReport(Instant computedAt, Instant from, Instant until, Instant previousFrom, int tickets,
		List<KnowledgeGap> gaps, long computeMillis) {

	public GapReport {
		Objects.requireNonNull(computedAt, "computedAt");
		gaps = List.copyOf(Objects.requireNonNullElse(gaps, List.of()));
	}

	public Optional<KnowledgeGap> gap(String id) {
		return this.gaps.stream().filter((gap) -> gap.id().equals(id)).findFirst();
	}

}
