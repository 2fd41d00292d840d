package dev.tandem.connector.outcomes;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the learning loop's checks every {@code tandem.outcomes.check-interval} on every
 * instance: reply timeouts and durable resolutions, article review flags, threshold
 * feedback. No leader is needed: each check is idempotent and guarded by version checks.
 * {@link #runOnce()} does the same on demand.
 */
public class OutcomeChecks implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutcomeChecks.class);

	private final AnswerOutcomes outcomes;

	private final ArticleOutcomes articles;

	private final ThresholdFeedback feedback;

	private final OutcomeProperties properties;

	private ScheduledExecutorService timer;

	private volatile boolean running;

	public OutcomeChecks(AnswerOutcomes outcomes, ArticleOutcomes articles, ThresholdFeedback feedback,
			OutcomeProperties properties) {
		this.outcomes = outcomes;
		this.articles = articles;
		this.feedback = feedback;
		this.properties = properties;
	}

	/**
	 * One round of every check; a failing check is logged and does not stop the others.
	 * @return what the round changed
	 */
	public Summary runOnce() {
		int cases = 0;
		int flags = 0;
		int thresholds = 0;
		try {
			cases = this.outcomes.checkDue();
		}
		catch (RuntimeException ex) {
			log.warn("Answer outcome check failed, retried next round: {}", ex.getMessage());
		}
		try {
			flags = this.articles.reviewFlags().size();
		}
		catch (RuntimeException ex) {
			log.warn("Article review flags could not be updated, retried next round: {}", ex.getMessage());
		}
		if (this.properties.thresholdFeedback()) {
			try {
				thresholds = this.feedback.run().size();
			}
			catch (RuntimeException ex) {
				log.warn("Threshold feedback failed, retried next round: {}", ex.getMessage());
			}
		}
		return new Summary(cases, flags, thresholds);
	}

	@Override
	public void start() {
		long interval = this.properties.checkInterval().toMillis();
		if (interval > 0) {
			this.timer = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("tandem-outcomes").daemon(true).factory());
			this.timer.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.MILLISECONDS);
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.timer != null) {
			this.timer.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * What one round changed.
	 *
	 * @param cases cases closed without reply or made durable
	 * @param flags article review flags raised or cleared
	 * @param thresholds category thresholds raised
	 */
	public record Summary(int cases, int flags, int thresholds) {

	}

}
