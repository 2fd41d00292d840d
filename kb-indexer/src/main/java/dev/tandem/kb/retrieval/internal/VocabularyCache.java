package dev.tandem.kb.retrieval.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.tandem.kb.analysis.TypoCorrector;
import dev.tandem.kb.analysis.Vocabulary;

/**
 * The knowledge base's vocabulary for typo correction, read from the units index at most
 * once a minute, and again at once after this process changed units.
 */
public final class VocabularyCache {

	static final Duration MAX_AGE = Duration.ofMinutes(1);

	private final UnitsIndex index;

	private final Clock clock;

	private TypoCorrector corrector;

	private Instant readAt = Instant.MIN;

	public VocabularyCache(UnitsIndex index, Clock clock) {
		this.index = index;
		this.clock = clock;
	}

	public synchronized TypoCorrector corrector() {
		Instant now = this.clock.instant();
		if (this.corrector == null || now.isAfter(this.readAt.plus(MAX_AGE))) {
			Vocabulary vocabulary = this.index.vocabulary();
			this.corrector = new TypoCorrector(vocabulary);
			this.readAt = now;
		}
		return this.corrector;
	}

	public synchronized void invalidate() {
		this.corrector = null;
	}

}
