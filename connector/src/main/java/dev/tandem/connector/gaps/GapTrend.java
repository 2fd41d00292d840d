package dev.tandem.connector.gaps;

/** How a gap's volume moved from the previous period to this one. */
public enum GapTrend {

	/** Not seen in the previous period. */
	NEW,

	/** At least a quarter more tickets (and at least two more). */
	RISING,

	/** About as many. */
	STEADY,

	/** At least a quarter fewer. */
	FALLING;

	static GapTrend of(int current, int previous) {
		if (previous == 0) {
			return NEW;
		}
		if (current >= previous * 1.25 && current - previous >= 2) {
			return RISING;
		}
		if (current <= previous * 0.75) {
			return FALLING;
		}
		return STEADY;
	}

}
