/**
 * Language detection for short and mixed ticket text:
 * {@link dev.tandem.understanding.language.LanguageDetector#detect(String)}.
 */
package dev.tandem.understanding.language;
