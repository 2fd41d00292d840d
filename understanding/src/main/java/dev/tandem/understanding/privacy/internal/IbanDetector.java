package dev.tandem.understanding.privacy.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/**
 * IBANs, compact or in groups of four: the country code fixes the length, and the mod-97
 * check must hold. A candidate that runs into the next word is cut to the country's
 * length before checking.
 */
public final class IbanDetector implements Detector {

	private static final Pattern CANDIDATE = Pattern
		.compile("(?<![A-Za-z0-9])([A-Za-z]{2})(\\d{2})((?: ?[A-Za-z0-9]){10,32})");

	private static final Map<String, Integer> LENGTHS = lengths();

	@Override
	public PersonalDataType type() {
		return PersonalDataType.IBAN;
	}

	@Override
	public void find(String text, List<MaskedSpan> found) {
		Matcher m = CANDIDATE.matcher(text);
		int from = 0;
		while (from < text.length() && m.find(from)) {
			from = m.end();
			Integer length = LENGTHS.get(m.group(1).toUpperCase());
			if (length == null) {
				from = m.start() + 1;
				continue;
			}
			StringBuilder compact = new StringBuilder(length);
			int end = m.start();
			for (int i = m.start(); i < m.end() && compact.length() < length; i++) {
				char c = text.charAt(i);
				if (c != ' ') {
					compact.append(c);
					end = i + 1;
				}
			}
			boolean boundary = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
			if (compact.length() == length && boundary && Checksums.iban(compact)) {
				found.add(new MaskedSpan(type(), m.start(), end));
				from = end;
			}
			else {
				from = m.start() + 1;
			}
		}
	}

	private static Map<String, Integer> lengths() {
		String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 "
				+ "EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 "
				+ "KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 "
				+ "QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";
		Map<String, Integer> lengths = new HashMap<>();
		for (String entry : table.split(" ")) {
			lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
		}
		return Map.copyOf(lengths);
	}

}
