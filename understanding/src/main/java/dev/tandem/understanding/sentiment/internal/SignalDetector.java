package dev.tandem.understanding.sentiment.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cue phrases of the triage signals (request for a person, anger, complaint,
 * urgency) in English and Chinese. English cues match whole words; Chinese cues match
 * anywhere; a cue starting with {@code ^} matches only a whole message (punctuation and
 * spaces aside): "人工" alone asks for a person, "人工费用" (labour cost) does not.
 */
public final class SignalDetector {

	/** The signals the cue file defines. */
	public enum Signal {

		HUMAN, ANGER, COMPLAINT, URGENCY

	}

	/** A cue found in the text. */
	public record Cue(Signal signal, String phrase, double weight) {

	}

	/**
	 * {@code needle}: a literal the text must contain for the pattern to be worth
	 * running.
	 */
	private record CuePattern(Signal signal, String phrase, double weight, Pattern pattern, String needle) {

	}

	private final List<CuePattern> cues = new ArrayList<>();

	public SignalDetector() {
		Lexicons.read("signals.tsv", (line, columns) -> {
			Signal signal = Signal.valueOf(columns[0]);
			String phrase = columns[2].strip();
			String needle = phrase.toLowerCase(Locale.ROOT).replace("*", "").replace("^", "").split(" ")[0];
			this.cues.add(new CuePattern(signal, phrase, Double.parseDouble(columns[1]), compile(phrase), needle));
		});
	}

	public List<Cue> find(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		List<Cue> found = new ArrayList<>();
		Map<Signal, Integer> perSignal = new EnumMap<>(Signal.class);
		for (CuePattern cue : this.cues) {
			if (!lower.contains(cue.needle())) {
				continue;
			}
			Matcher m = cue.pattern().matcher(lower);
			if (m.find() && perSignal.merge(cue.signal(), 1, Integer::sum) <= 5) {
				found.add(new Cue(cue.signal(), cue.phrase(), cue.weight()));
			}
		}
		return found;
	}

	private static Pattern compile(String phrase) {
		if (phrase.startsWith("^")) {
			String body = Pattern.quote(phrase.substring(1).toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
			return Pattern.compile("^[\\p{P}\\p{S}\\s]*" + body + "[\\p{P}\\p{S}\\s]*$");
		}
		String lower = phrase.toLowerCase(Locale.ROOT);
		boolean prefix = lower.endsWith("*");
		String body = Pattern.quote(prefix ? lower.substring(0, lower.length() - 1) : lower).replace(" ", "\\E\\s+\\Q");
		if (lower.chars().allMatch(Character::isDigit)) {
			return Pattern.compile("(?<!\\d)" + body + "(?!\\d)");
		}
		if (lower.codePoints().anyMatch((cp) -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
			return Pattern.compile(body);
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + (prefix ? "" : "(?![\\p{L}\\p{N}])"));
	}

}
