package dev.tandem.understanding.privacy.internal;

import java.math.BigInteger;

/**
 * The check-digit algorithms that separate real identifiers from look-alike numbers.
 */
public final class Checksums {

	private static final int[] CN_ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CN_ID_CHECK = "10X98765432";

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	private Checksums() {
	}

	/** Luhn (mod 10) check used by payment cards; {@code digits} holds digits only. */
	public static boolean luhn(CharSequence digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (d < 0 || d > 9) {
				return false;
			}
			if (doubled) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubled = !doubled;
		}
		return digits.length() > 0 && sum % 10 == 0;
	}

	/** ISO 7064 MOD 11-2 check of an 18-character Chinese resident identity number. */
	public static boolean chineseResidentId(CharSequence id) {
		if (id.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int d = id.charAt(i) - '0';
			if (d < 0 || d > 9) {
				return false;
			}
			sum += d * CN_ID_WEIGHTS[i];
		}
		return Character.toUpperCase(id.charAt(17)) == CN_ID_CHECK.charAt(sum % 11);
	}

	/** ISO 13616 mod-97 check of a compact IBAN (no spaces). */
	public static boolean iban(CharSequence iban) {
		if (iban.length() < 5) {
			return false;
		}
		String rearranged = iban.subSequence(4, iban.length()).toString() + iban.subSequence(0, 4);
		StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
		for (int i = 0; i < rearranged.length(); i++) {
			char c = Character.toUpperCase(rearranged.charAt(i));
			if (c >= '0' && c <= '9') {
				numeric.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				numeric.append(c - 'A' + 10);
			}
			else {
				return false;
			}
		}
		return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
	}

}
