package dev.tandem.understanding.privacy.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/**
 * Chinese resident identity numbers (GB 11643): 6-digit region, birth date, sequence, ISO
 * 7064 check character. Both the date and the check must be valid.
 */
public final class ChineseIdDetector implements Detector {

	private static final Pattern CANDIDATE = Pattern
		.compile("(?<![A-Za-z0-9])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]"
				+ "(?![A-Za-z0-9])");

	@Override
	public PersonalDataType type() {
		return PersonalDataType.CN_ID;
	}

	@Override
	public void find(String text, List<MaskedSpan> found) {
		Matcher m = CANDIDATE.matcher(text);
		while (m.find()) {
			String id = m.group();
			if (validBirthDate(id) && Checksums.chineseResidentId(id)) {
				found.add(new MaskedSpan(type(), m.start(), m.end()));
			}
		}
	}

	private static boolean validBirthDate(String id) {
		try {
			LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
