package dev.tandem.connector.followup;

import java.util.List;

import dev.tandem.connector.triage.Priority;
import dev.tandem.connector.triage.Sentiment;
import dev.tandem.connector.triage.SentimentLabel;
import dev.tandem.connector.triage.TicketReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyClassifierTest {

	private final ReplyClassifier classifier = new ReplyClassifier();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			yes                                  | SOLVED
			Yes, thank you!                      | SOLVED
			solved, thanks                       | SOLVED
			That worked, great                   | SOLVED
			解决了                                | SOLVED
			谢谢！                                | SOLVED
			好了，可以了                           | SOLVED
			no                                   | NOT_SOLVED
			No, that did not help.               | NOT_SOLVED
			Thanks, but it still doesn't work    | NOT_SOLVED
			没有解决                              | NOT_SOLVED
			还是不行                              | NOT_SOLVED
			Can I talk to a human please?        | WANTS_PERSON
			I want a real person                 | WANTS_PERSON
			转人工                                | WANTS_PERSON
			我要人工客服                           | WANTS_PERSON
			what about my other order?           | UNCLEAR
			""")
	void readsTheCustomersReply(String text, ReplyIntent expected) {
		assertThat(this.classifier.classify(text, neutral()).intent()).isEqualTo(expected);
	}

	@Test
	void treatsNegativeSentimentAsNotSolvedEvenWithPoliteWords() {
		TicketReading upset = new TicketReading("en", new Sentiment(SentimentLabel.NEGATIVE, -0.5, false, false), false,
				Priority.MEDIUM, List.of());
		assertThat(this.classifier.classify("thanks for nothing", upset).intent()).isEqualTo(ReplyIntent.NOT_SOLVED);
	}

	@Test
	void honoursAPersonRequestTheUnderstandingFound() {
		TicketReading asks = new TicketReading("en", Sentiment.neutral(), true, Priority.MEDIUM, List.of());
		assertThat(this.classifier.classify("yes but", asks).intent()).isEqualTo(ReplyIntent.WANTS_PERSON);
	}

	private static TicketReading neutral() {
		return new TicketReading("en", Sentiment.neutral(), false, Priority.MEDIUM, List.of());
	}

}
