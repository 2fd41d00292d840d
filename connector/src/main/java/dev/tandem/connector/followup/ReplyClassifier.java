package dev.tandem.connector.followup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.tandem.connector.triage.TicketReading;

/**
 * Reads a customer's reply to an automatic answer, in English and Chinese. Cautious on
 * purpose: only a clear "yes / solved / thanks" with no sign of trouble resolves the
 * ticket; a "no", a request for a person, negative sentiment or anything unclear sends it
 * to a person.
 */
public final class ReplyClassifier {

	private static final Pattern WANTS_PERSON = Pattern.compile(
			"\\b(human|person|agent|someone|somebody|representative|operator|real people|staff|support team|call me|speak to|talk to|escalate)\\b"
					+ "|人工|真人|客服人员|转人工|找人|有人吗|打电话",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NOT_SOLVED = Pattern.compile(
			"\\b(no|nope|not|didn'?t|doesn'?t|don'?t|isn'?t|wasn'?t|won'?t|can'?t|cannot|still|never|wrong|useless|unhelpful|broken|fail(ed|s)?|same problem)\\b"
					+ "|没有|没用|没解决|未解决|不行|不对|不是|还是|仍然|依然|无法|不能|失败|错误|不管用",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SOLVED = Pattern.compile(
			"\\b(yes|yep|yeah|solved|resolved|fixed|works|worked|working now|thanks|thank you|thx|great|perfect|got it|all good|helped)\\b"
					+ "|解决了|已解决|谢谢|感谢|好了|可以了|明白了|是的|有用|搞定",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * The intent and the reason for it.
	 *
	 * @param intent what the reply means
	 * @param reason why, readable by a person
	 */
	public record Classification(ReplyIntent intent, String reason) {

	}

	/**
	 * @param maskedText the reply, personal data masked
	 * @param reading what the understanding makes of it
	 */
	public Classification classify(String maskedText, TicketReading reading) {
		String text = Optional.ofNullable(maskedText).orElse("").toLowerCase(Locale.ROOT);
		if (reading.requestsPerson() || WANTS_PERSON.matcher(text).find()) {
			return new Classification(ReplyIntent.WANTS_PERSON, "The customer asked for a person.");
		}
		if (reading.sentiment().label().isNegative() || reading.sentiment().anger()) {
			return new Classification(ReplyIntent.NOT_SOLVED, "The customer's reply sounds "
					+ reading.sentiment().label().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
		}
		if (NOT_SOLVED.matcher(text).find()) {
			return new Classification(ReplyIntent.NOT_SOLVED, "The customer says the answer did not solve it.");
		}
		if (SOLVED.matcher(text).find()) {
			return new Classification(ReplyIntent.SOLVED, "The customer confirmed the answer solved it.");
		}
		return new Classification(ReplyIntent.UNCLEAR,
				"The customer's reply is neither a clear yes nor a clear no: a person reads it.");
	}

	/** Words the classifier treats as "solved", for documentation and the admin UI. */
	public static List<String> solvedExamples() {
		return List.of("yes", "solved", "thanks", "it works", "解决了", "谢谢", "好了");
	}

}
