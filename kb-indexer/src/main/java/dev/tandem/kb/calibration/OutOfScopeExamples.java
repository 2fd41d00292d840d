package dev.tandem.kb.calibration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Questions someone knows the knowledge base does not cover (past tickets people answered
 * without an article, questions about other products): calibration asks them too, so its
 * estimate of how many out-of-scope questions get an automatic answer rests on real ones
 * and not only on its leave-the-article-out replays, which sit right next to a neighbour
 * article and overstate that rate on most knowledge bases.
 *
 * @param texts the questions, as customers would write them
 */
public record OutOfScopeExamples(List<String> texts) {

	/** Most examples kept: calibration embeds and asks each of them. */
	public static final int MAX = 5000;

	private static final String SEPARATOR = "+out-of-scope:";

	/** No examples: the rate is estimated from the replays alone. */
	public static final OutOfScopeExamples NONE = new OutOfScopeExamples(List.of());

	/**
	 * @throws IllegalArgumentException naming the problem: a blank question, or more than
	 * {@value #MAX}
	 */
	public OutOfScopeExamples {
		texts = List.copyOf(new java.util.LinkedHashSet<>(Objects.requireNonNull(texts, "texts")));
		if (texts.size() > MAX) {
			throw new IllegalArgumentException(
					"%d out-of-scope examples, at most %d are kept (calibration asks every one)".formatted(texts.size(),
							MAX));
		}
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i).isBlank()) {
				throw new IllegalArgumentException("out-of-scope example " + (i + 1) + " is blank");
			}
		}
	}

	public boolean isEmpty() {
		return this.texts.isEmpty();
	}

	public int size() {
		return this.texts.size();
	}

	/**
	 * A short digest of the examples ("" when there are none), part of a calibration's
	 * fingerprint: changing them makes the calibration stale.
	 */
	public String fingerprint() {
		if (this.texts.isEmpty()) {
			return "";
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String text : this.texts.stream().sorted().toList()) {
				digest.update(text.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/**
	 * The fingerprint of a calibration of a knowledge base with these examples.
	 * @param knowledgeBase the knowledge base's own fingerprint
	 * @return it, followed by the examples' digest when there are any
	 */
	public String fingerprintOf(String knowledgeBase) {
		return this.texts.isEmpty() ? knowledgeBase : knowledgeBase + SEPARATOR + fingerprint();
	}

	/**
	 * The knowledge base's part of a calibration's fingerprint (what tells whether the
	 * articles changed since; a change of the examples recalibrates explicitly).
	 */
	public static String knowledgeBaseFingerprint(String calibrationFingerprint) {
		int at = calibrationFingerprint.indexOf(SEPARATOR);
		return (at < 0) ? calibrationFingerprint : calibrationFingerprint.substring(0, at);
	}

	/** The same examples followed by others (duplicates dropped). */
	public OutOfScopeExamples plus(List<String> more) {
		List<String> all = new java.util.ArrayList<>(this.texts);
		all.addAll(more);
		return new OutOfScopeExamples(all);
	}

}
