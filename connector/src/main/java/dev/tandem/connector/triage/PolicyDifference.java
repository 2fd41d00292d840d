package dev.tandem.connector.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What changed between two policy versions, field by field, in words a person reads (the
 * audit trail's {@code before.<field>} / {@code after.<field>} and the admin UI's history
 * use it). Field names are those of {@link TriagePolicy}, VIP rules as
 * {@code vip.<name>}.
 */
public final class PolicyDifference {

	/** Shown for an empty list. */
	public static final String NONE = "(none)";

	private PolicyDifference() {
	}

	/**
	 * One changed field.
	 *
	 * @param field e.g. {@code autoAnswerMinConfidence} or {@code vip.emailDomains}
	 * @param before its value before, readable
	 * @param after its value after, readable
	 */
	public record Change(String field, String before, String after) {
	}

	/** The changed fields, in the order of {@link #fields(TriagePolicy)}. */
	public static List<Change> between(TriagePolicy before, TriagePolicy after) {
		Map<String, String> was = fields(before);
		Map<String, String> is = fields(after);
		List<Change> changes = new ArrayList<>();
		is.forEach((field, value) -> {
			if (!value.equals(was.get(field))) {
				changes.add(new Change(field, was.get(field), value));
			}
		});
		return changes;
	}

	/** Every field a person can change, readable (sets sorted, maps as key=value). */
	public static Map<String, String> fields(TriagePolicy policy) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("autoAnswerEnabled", String.valueOf(policy.autoAnswerEnabled()));
		fields.put("autoAnswerMinConfidence", number(policy.autoAnswerMinConfidence()));
		fields.put("categoryAutoAnswerMinConfidence",
				map(policy.categoryAutoAnswerMinConfidence()
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> number(entry.getValue())))));
		fields.put("assistMinConfidence", number(policy.assistMinConfidence()));
		fields.put("autoAnswerLanguages", list(policy.autoAnswerLanguages()));
		fields.put("neverAutoAnswerCategories", list(policy.neverAutoAnswerCategories()));
		fields.put("humanOnSentiments", list(policy.humanOnSentiments().stream().map(SentimentLabel::name).toList()));
		fields.put("humanOnAnger", String.valueOf(policy.humanOnAnger()));
		fields.put("humanOnPersonRequest", String.valueOf(policy.humanOnPersonRequest()));
		fields.put("vip.emailDomains", list(policy.vip().emailDomains()));
		fields.put("vip.organisations", list(policy.vip().organisations()));
		fields.put("vip.labels", list(policy.vip().labels()));
		fields.put("vip.fields", map(policy.vip().fields()));
		return fields;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", ".0");
	}

	private static String list(Collection<String> values) {
		return values.isEmpty() ? NONE : values.stream().sorted().collect(Collectors.joining(", "));
	}

	private static String map(Map<String, String> values) {
		return values.isEmpty() ? NONE
				: new TreeMap<>(values).entrySet()
					.stream()
					.map((entry) -> entry.getKey() + "=" + entry.getValue())
					.collect(Collectors.joining(", "));
	}

}
