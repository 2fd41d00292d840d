/**
 * Personal-data masking before anything is stored, indexed or logged:
 * {@link dev.tandem.understanding.privacy.PersonalDataMasker#mask(String)}.
 */
package dev.tandem.understanding.privacy;
