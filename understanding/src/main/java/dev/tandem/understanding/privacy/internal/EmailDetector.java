package dev.tandem.understanding.privacy.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/** E-mail addresses (ASCII and internationalised local parts, dotted domains). */
public final class EmailDetector implements Detector {

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]{0,63}"
				+ "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,24}(?![\\p{L}\\p{N}])");

	@Override
	public PersonalDataType type() {
		return PersonalDataType.EMAIL;
	}

	@Override
	public void find(String text, List<MaskedSpan> found) {
		if (text.indexOf('@') < 0) {
			return;
		}
		Matcher m = EMAIL.matcher(text);
		while (m.find()) {
			found.add(new MaskedSpan(type(), m.start(), m.end()));
		}
	}

}
