package dev.tandem.understanding.privacy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text with personal data replaced by typed placeholders such as {@code [EMAIL]}, and
 * where each mask sits in the original. The original values are not kept anywhere in this
 * object, so it is safe to store, index and log.
 *
 * @param text the masked text
 * @param masks what was masked, by offsets in the original text, in order
 * @param truncated whether the original was longer than the masker's limit and only its
 * beginning is returned
 */
public record MaskedText(String text, List<MaskedSpan> masks, boolean truncated) {

	public MaskedText {
		masks = List.copyOf(masks);
	}

	public static MaskedText empty() {
		return new MaskedText("", List.of(), false);
	}

	public boolean hasMasks() {
		return !this.masks.isEmpty();
	}

	/** How many masks of each type, e.g. {@code {EMAIL=1, PHONE=2}}. */
	public Map<PersonalDataType, Long> counts() {
		Map<PersonalDataType, Long> counts = new TreeMap<>();
		this.masks.forEach((mask) -> counts.merge(mask.type(), 1L, Long::sum));
		return counts;
	}

}
