package dev.tandem.understanding.privacy.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/**
 * Payment card numbers: 13-19 digits (optionally grouped by spaces or dashes) with a
 * known issuer prefix and a valid Luhn check digit. The prefix check keeps long order
 * numbers that happen to pass Luhn (one in ten) from being masked.
 */
public final class CardDetector implements Detector {

	private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w-])\\d(?:[ -]?\\d){12,18}(?![\\w-])");

	@Override
	public PersonalDataType type() {
		return PersonalDataType.CARD;
	}

	@Override
	public void find(String text, List<MaskedSpan> found) {
		Matcher m = CANDIDATE.matcher(text);
		while (m.find()) {
			String digits = m.group().replaceAll("[ -]", "");
			if (digits.length() >= 13 && hasIssuerPrefix(digits) && Checksums.luhn(digits)) {
				found.add(new MaskedSpan(type(), m.start(), m.end()));
			}
		}
	}

	/** Visa, Mastercard, Amex, Discover, UnionPay, JCB, Diners, Maestro/Mir ranges. */
	static boolean hasIssuerPrefix(String digits) {
		int two = Integer.parseInt(digits.substring(0, 2));
		int four = Integer.parseInt(digits.substring(0, 4));
		return digits.charAt(0) == '4' || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two == 34
				|| two == 37 || two == 62 || two == 65 || four == 6011 || (two >= 64 && two <= 65) || two == 35
				|| two == 36 || two == 38 || two == 30 || two == 50 || (two >= 56 && two <= 69) || four == 2200
				|| four == 2201 || four == 2202 || four == 2203 || four == 2204;
	}

}
