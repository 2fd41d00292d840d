package dev.tandem.understanding.privacy.internal;

import java.util.List;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/**
 * Finds one kind of personal data in a text.
 */
public interface Detector {

	PersonalDataType type();

	/** Adds every span of this detector's type found in {@code text} to {@code found}. */
	void find(String text, List<MaskedSpan> found);

}
