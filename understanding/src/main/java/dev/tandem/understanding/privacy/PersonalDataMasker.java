package dev.tandem.understanding.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.tandem.understanding.privacy.internal.CardDetector;
import dev.tandem.understanding.privacy.internal.ChineseIdDetector;
import dev.tandem.understanding.privacy.internal.Detector;
import dev.tandem.understanding.privacy.internal.EmailDetector;
import dev.tandem.understanding.privacy.internal.IbanDetector;
import dev.tandem.understanding.privacy.internal.IpAddressDetector;
import dev.tandem.understanding.privacy.internal.NameDetector;
import dev.tandem.understanding.privacy.internal.PhoneDetector;

/**
 * Replaces personal data with typed placeholders before anything is stored, indexed or
 * logged. Thread-safe; never throws: if masking itself fails, the whole text is withheld
 * rather than returned unmasked.
 *
 * <p>
 * Where two findings overlap, the stronger evidence wins: checksummed identifiers (IBAN,
 * Chinese ID, card) and e-mail addresses before IPs and phone numbers, names last;
 * between equals the longer span.
 */
public class PersonalDataMasker {

	/**
	 * Default limit: texts beyond 1 MiB chars are cut (and say so) rather than masked
	 * whole.
	 */
	public static final int DEFAULT_MAX_CHARS = 1024 * 1024;

	private static final String WITHHELD = "[WITHHELD: masking failed]";

	private final List<Detector> detectors;

	private final int maxChars;

	/** Masks every type, texts up to {@link #DEFAULT_MAX_CHARS}. */
	public PersonalDataMasker() {
		this(EnumSet.allOf(PersonalDataType.class), DEFAULT_MAX_CHARS);
	}

	/**
	 * @param types the types to mask (others are left in the text)
	 * @param maxChars longest text masked; longer texts are cut to this length
	 */
	public PersonalDataMasker(Set<PersonalDataType> types, int maxChars) {
		if (maxChars < 1) {
			throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
		}
		List<Detector> all = List.of(new EmailDetector(), new IbanDetector(), new ChineseIdDetector(),
				new CardDetector(), new IpAddressDetector(), new PhoneDetector(), new NameDetector());
		this.detectors = all.stream().filter((detector) -> types.contains(detector.type())).toList();
		this.maxChars = maxChars;
	}

	public MaskedText mask(String text) {
		if (text == null || text.isEmpty()) {
			return MaskedText.empty();
		}
		boolean truncated = text.length() > this.maxChars;
		String input = truncated ? cutSafely(text, this.maxChars) : text;
		try {
			List<MaskedSpan> spans = resolve(find(input));
			return new MaskedText(apply(input, spans), spans, truncated);
		}
		catch (RuntimeException | StackOverflowError ex) {
			return new MaskedText(WITHHELD, List.of(), truncated);
		}
	}

	private List<MaskedSpan> find(String text) {
		List<MaskedSpan> found = new ArrayList<>();
		for (Detector detector : this.detectors) {
			detector.find(text, found);
		}
		return found;
	}

	/** Keeps non-overlapping spans, stronger type first, then longer, then earlier. */
	static List<MaskedSpan> resolve(List<MaskedSpan> found) {
		List<MaskedSpan> ranked = new ArrayList<>(found);
		ranked.sort(Comparator.comparingInt((MaskedSpan span) -> strength(span.type()))
			.thenComparing(Comparator.comparingInt(MaskedSpan::length).reversed())
			.thenComparingInt(MaskedSpan::start));
		List<MaskedSpan> kept = new ArrayList<>();
		for (MaskedSpan candidate : ranked) {
			if (kept.stream().noneMatch(candidate::overlaps)) {
				kept.add(candidate);
			}
		}
		kept.sort(Comparator.comparingInt(MaskedSpan::start));
		return kept;
	}

	private static int strength(PersonalDataType type) {
		return switch (type) {
			case EMAIL -> 0;
			case IBAN -> 1;
			case CN_ID -> 2;
			case CARD -> 3;
			case IP -> 4;
			case PHONE -> 5;
			case NAME -> 6;
		};
	}

	private static String apply(String text, List<MaskedSpan> spans) {
		StringBuilder out = new StringBuilder(text.length());
		int at = 0;
		for (MaskedSpan span : spans) {
			out.append(text, at, span.start()).append(span.type().placeholder());
			at = span.end();
		}
		return out.append(text, at, text.length()).toString();
	}

	/**
	 * Cuts at whitespace near the limit, so a value that straddles the limit is dropped
	 * whole instead of leaving an unrecognisable (and unmasked) fragment.
	 */
	private static String cutSafely(String text, int length) {
		int end = length;
		for (int i = length; i > Math.max(0, length - 256); i--) {
			if (Character.isWhitespace(text.charAt(i - 1))) {
				return text.substring(0, i);
			}
		}
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

}
