package dev.tandem.understanding.privacy.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/**
 * Phone numbers: Chinese mobiles ({@code 1[3-9]} + 9 digits, optionally {@code +86} and
 * grouped), international numbers starting {@code +} or {@code 00}, national numbers
 * written with separators ({@code (555) 123-4567}, {@code 010-12345678}), and any number
 * right after a cue such as {@code phone:} or {@code 电话}. Dates, amounts, versions and
 * order numbers do not have these shapes.
 */
public final class PhoneDetector implements Detector {

	private static final Pattern CN_MOBILE = Pattern
		.compile("(?<![\\w+]|\\d[ .-])(?:(?:\\+|00)86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![\\w-]|[ .]\\d)");

	private static final Pattern INTERNATIONAL = Pattern.compile(
			"(?<![\\w+])(?:\\+|00(?=[1-9]\\d{0,2}[ .(-]))[1-9]\\d{0,2}(?:[ .-]?\\(\\d{1,4}\\))?(?:[ .-]?\\d{1,5}){1,6}(?![\\w]|[.-]\\d)");

	private static final Pattern NATIONAL = Pattern.compile(
			"(?<![\\w.+/-]|\\d[ .-])(?:\\(\\d{2,5}\\)[ .-]?|\\d{2,5}[ .-])\\d{3,4}[ .-]\\d{3,5}(?![\\w/]|[ .-]\\d)");

	private static final Pattern CN_LANDLINE = Pattern.compile("(?<![\\w.+/-])0\\d{2,3}-\\d{7,8}(?![\\w/]|[.-]\\d)");

	private static final Pattern CUED = Pattern
		.compile("(?i)(?:phone|tel|telephone|mobile|cell|call me(?: at| on)?|whatsapp|fax|电话|手机号?|联系方式|座机)"
				+ "[^\\d+\\n。.!?！？;；]{0,6}(\\+?\\d[\\d ()-]{5,18}\\d)(?![\\w.])");

	/** Dates written as digits are never phone numbers, even after a cue. */
	private static final Pattern DATE_LIKE = Pattern
		.compile("(?:19|20)\\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\\d|3[01])|\\d{1,2}-\\d{1,2}-\\d{2,4}");

	@Override
	public PersonalDataType type() {
		return PersonalDataType.PHONE;
	}

	@Override
	public void find(String text, List<MaskedSpan> found) {
		add(CN_MOBILE.matcher(text), 0, 11, 13, found);
		add(INTERNATIONAL.matcher(text), 0, 8, 15, found);
		add(NATIONAL.matcher(text), 0, 9, 12, found);
		add(CN_LANDLINE.matcher(text), 0, 10, 12, found);
		add(CUED.matcher(text), 1, 7, 15, found);
	}

	private void add(Matcher m, int group, int minDigits, int maxDigits, List<MaskedSpan> found) {
		while (m.find()) {
			long digits = m.group(group).chars().filter(Character::isDigit).count();
			if (digits >= minDigits && digits <= maxDigits && !DATE_LIKE.matcher(m.group(group)).matches()) {
				found.add(new MaskedSpan(type(), m.start(group), m.end(group)));
			}
		}
	}

}
