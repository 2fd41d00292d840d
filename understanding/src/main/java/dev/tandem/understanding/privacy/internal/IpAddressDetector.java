package dev.tandem.understanding.privacy.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/**
 * IPv4 and IPv6 addresses. Version numbers ({@code v1.2.3.4}, {@code version 10.0.0.1})
 * and clock times ({@code 12:30:45}) are left alone.
 */
public final class IpAddressDetector implements Detector {

	private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

	private static final Pattern IPV4 = Pattern
		.compile("(?<![\\w.])" + OCTET + "(?:\\." + OCTET + "){3}(?:/\\d{1,2})?(?!\\w|\\.\\d)");

	private static final Pattern IPV6 = Pattern.compile("(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}"
			+ "(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4})?(?:%[\\w]+)?(?:/\\d{1,3})?(?![\\w:])");

	private static final Pattern VERSION_CUE = Pattern
		.compile("(?i)(?:\\b(?:v|version|ver\\.?|build|release)|版本号?)\\s*[:：]?\\s*$");

	@Override
	public PersonalDataType type() {
		return PersonalDataType.IP;
	}

	@Override
	public void find(String text, List<MaskedSpan> found) {
		if (text.indexOf('.') >= 0) {
			Matcher m = IPV4.matcher(text);
			while (m.find()) {
				String before = text.substring(Math.max(0, m.start() - 12), m.start());
				if (!VERSION_CUE.matcher(before).find()) {
					found.add(new MaskedSpan(type(), m.start(), m.end()));
				}
			}
		}
		if (text.indexOf(':') >= 0) {
			Matcher m = IPV6.matcher(text);
			while (m.find()) {
				if (isIpv6(m.group())) {
					found.add(new MaskedSpan(type(), m.start(), m.end()));
				}
			}
		}
	}

	static boolean isIpv6(String candidate) {
		String address = candidate.split("[%/]")[0].toLowerCase(Locale.ROOT);
		int compressions = address.split("::", -1).length - 1;
		if (address.equals("::1")) {
			return true;
		}
		if (compressions > 1 || address.replace(":", "").replace(".", "").length() < 2) {
			return false;
		}
		String[] groups = address.split(":", -1);
		int count = 0;
		boolean letters = false;
		for (int i = 0; i < groups.length; i++) {
			String group = groups[i];
			if (group.isEmpty()) {
				continue;
			}
			if (group.contains(".")) {
				if (i != groups.length - 1) {
					return false;
				}
				count += 2;
				continue;
			}
			if (group.length() > 4) {
				return false;
			}
			letters |= group.chars().anyMatch(Character::isLetter);
			count++;
		}
		if (compressions == 0) {
			// Without '::' all eight groups must be there: rules out times like 12:30:45
			// and MAC addresses.
			return count == 8;
		}
		return count < 8 && (letters || count >= 2);
	}

}
