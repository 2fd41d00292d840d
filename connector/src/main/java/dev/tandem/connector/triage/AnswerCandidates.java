package dev.tandem.connector.triage;

/**
 * Port to knowledge-base retrieval: the articles that may answer a question, with a
 * calibrated confidence. The coordinator connects it to the real retriever
 * ({@code kb-retrieval}); without one, {@link #none()} answers nothing, so every ticket
 * goes to a person.
 */
public interface AnswerCandidates {

	/**
	 * @param maskedQuestion the ticket's summary and description, personal data masked
	 */
	Answers find(String maskedQuestion);

	/** No retrieval connected: never answerable, no articles. */
	static AnswerCandidates none() {
		return (question) -> Answers.nothing("knowledge-base retrieval is not connected to this connector");
	}

}
