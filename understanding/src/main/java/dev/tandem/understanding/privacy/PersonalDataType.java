package dev.tandem.understanding.privacy;

/**
 * Kinds of personal data the masker finds, each replaced by its placeholder.
 */
public enum PersonalDataType {

	EMAIL("[EMAIL]"),
	/**
	 * Chinese mobile numbers, international {@code +..} numbers, national numbers with
	 * separators.
	 */
	PHONE("[PHONE]"),
	/** Payment card numbers that pass the Luhn check and have a known issuer prefix. */
	CARD("[CARD]"),
	/**
	 * 18-character Chinese resident identity numbers with a valid birth date and
	 * checksum.
	 */
	CN_ID("[CN_ID]"),
	/** IBANs with the right length for their country and a valid mod-97 check. */
	IBAN("[IBAN]"),
	/** IPv4 and IPv6 addresses. */
	IP("[IP]"),
	/** Person names where the text gives them away (my name is, Dear, 我叫, signatures). */
	NAME("[NAME]");

	private final String placeholder;

	PersonalDataType(String placeholder) {
		this.placeholder = placeholder;
	}

	public String placeholder() {
		return this.placeholder;
	}

}
