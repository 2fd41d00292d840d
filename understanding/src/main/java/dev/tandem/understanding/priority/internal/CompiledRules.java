package dev.tandem.understanding.priority.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.priority.PriorityRules;
import dev.tandem.understanding.priority.PriorityRules.Rule;

/**
 * A rule set with its keywords and patterns compiled once, so matching a ticket is only
 * running regular expressions.
 */
public final class CompiledRules {

	/** A rule that fired, with the text that made it fire (cut to 60 characters). */
	public record Fired(Rule rule, String matched) {

	}

	/**
	 * {@code needles}: per pattern, a literal the text must contain first (null for
	 * regexes).
	 */
	private record Matchable(Rule rule, List<Pattern> patterns, List<String> needles) {

	}

	private final PriorityRules rules;

	private final List<Matchable> matchables;

	public CompiledRules(PriorityRules rules) {
		this.rules = rules;
		List<Matchable> matchables = new ArrayList<>();
		for (Rule rule : rules.rules()) {
			List<Pattern> patterns = new ArrayList<>();
			List<String> needles = new ArrayList<>();
			rule.keywords().forEach((keyword) -> {
				patterns.add(keyword(keyword));
				needles.add(keyword.strip().toLowerCase(Locale.ROOT).split("\\s+")[0]);
			});
			rule.patterns().forEach((regex) -> {
				patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
				needles.add("");
			});
			matchables.add(new Matchable(rule, List.copyOf(patterns), List.copyOf(needles)));
		}
		this.matchables = List.copyOf(matchables);
	}

	public PriorityRules rules() {
		return this.rules;
	}

	public List<Fired> match(String text) {
		List<Fired> fired = new ArrayList<>();
		String lower = text.toLowerCase(Locale.ROOT);
		for (Matchable matchable : this.matchables) {
			for (int i = 0; i < matchable.patterns().size(); i++) {
				String needle = matchable.needles().get(i);
				if (!needle.isEmpty() && !lower.contains(needle)) {
					continue;
				}
				Matcher m = matchable.patterns().get(i).matcher(text);
				if (m.find()) {
					String matched = m.group();
					fired
						.add(new Fired(matchable.rule(), (matched.length() > 60) ? matched.substring(0, 60) : matched));
					break;
				}
			}
		}
		return fired;
	}

	public boolean isVip(String reporter) {
		String key = reporter.strip().toLowerCase(Locale.ROOT);
		return this.rules.vip()
			.reporters()
			.stream()
			.anyMatch((vip) -> vip.strip().toLowerCase(Locale.ROOT).equals(key));
	}

	/**
	 * Whole words (and phrases with any spacing) in Latin script, with an optional plural
	 * ending; substrings in scripts written without spaces.
	 */
	static Pattern keyword(String keyword) {
		String trimmed = keyword.strip();
		String body = Pattern.quote(trimmed).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
		boolean spaced = trimmed.codePoints().anyMatch(Character::isLetter) && trimmed.codePoints()
			.filter(Character::isLetter)
			.allMatch((cp) -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
		String regex = spaced ? "(?<![\\p{L}\\p{N}])" + body + "(?:s|es)?(?![\\p{L}\\p{N}])" : body;
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
