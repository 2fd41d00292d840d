package dev.tandem.understanding.sentiment;

/**
 * What the triage policy needs beyond the overall tone. Levels are in [0, 1]; the
 * {@code is...} methods apply the default cut-off of 0.5.
 *
 * @param anger hostile or furious wording, shouting, strong negativity
 * @param complaintRisk risk of a formal complaint, escalation or churn
 * @param humanRequested the customer explicitly asks for a person ("let me talk to a
 * human", "转人工", "人工客服")
 * @param urgency the customer needs it now ("urgent", "ASAP", "紧急", "马上")
 */
public record SentimentSignals(double anger, double complaintRisk, boolean humanRequested, double urgency) {

	public static final double THRESHOLD = 0.5;

	public static final SentimentSignals NONE = new SentimentSignals(0, 0, false, 0);

	public SentimentSignals {
		anger = clamp(anger);
		complaintRisk = clamp(complaintRisk);
		urgency = clamp(urgency);
	}

	public boolean isAngry() {
		return this.anger >= THRESHOLD;
	}

	public boolean isComplaintRisk() {
		return this.complaintRisk >= THRESHOLD;
	}

	public boolean isUrgent() {
		return this.urgency >= THRESHOLD;
	}

	private static double clamp(double value) {
		return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
	}

}
