package dev.tandem.understanding.privacy;

/**
 * Where personal data was found: its type and its offsets in the original text
 * ({@code start} inclusive, {@code end} exclusive). Holds no part of the value itself.
 */
public record MaskedSpan(PersonalDataType type, int start, int end) {

	public MaskedSpan {
		if (type == null || start < 0 || end <= start) {
			throw new IllegalArgumentException("Invalid span " + type + " [" + start + ", " + end + ")");
		}
	}

	public int length() {
		return this.end - this.start;
	}

	boolean overlaps(MaskedSpan other) {
		return this.start < other.end && other.start < this.end;
	}

}
