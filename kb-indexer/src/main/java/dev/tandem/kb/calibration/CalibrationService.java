package dev.tandem.kb.calibration;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import dev.tandem.kb.calibration.internal.CalibrationStore;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.HybridSearch;
import dev.tandem.kb.retrieval.KnowledgeUnitsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Keeps the knowledge base's calibration current: loads the stored one, recalibrates in
 * the background a while after the knowledge base last changed (debounced: an import of a
 * thousand articles recalibrates once), and on request. A process that ends with a
 * recalibration pending (an import) runs it before it exits, so the next process finds a
 * current calibration.
 */
public class CalibrationService implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CalibrationService.class);

	private final Calibrator calibrator;

	private final CalibrationStore store;

	private final HybridSearch search;

	private final AnsweringSettings settings;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "kb-recalibration");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Calibration current;

	private volatile ArticleClassifier classifier;

	private volatile boolean running;

	private ScheduledFuture<?> pending;

	public CalibrationService(Calibrator calibrator, CalibrationStore store, HybridSearch search,
			AnsweringSettings settings) {
		this.calibrator = calibrator;
		this.store = store;
		this.search = search;
		this.settings = settings;
	}

	/**
	 * A service for one knowledge base without Spring (tests, tools).
	 * @param search the knowledge base's search
	 * @param connection the cluster
	 * @param names the knowledge base's index names
	 * @param settings target precision and limits
	 * @param clock the clock
	 * @return the service
	 */
	public static CalibrationService create(HybridSearch search, ElasticsearchConnection connection, IndexNames names,
			AnsweringSettings settings, Clock clock) {
		return new CalibrationService(new Calibrator(search, clock), new CalibrationStore(connection, names), search,
				settings);
	}

	/**
	 * The calibration in force: the stored one, or a conservative default (flagged) until
	 * the first calibration exists.
	 */
	public Calibration current() {
		Calibration calibration = this.current;
		if (calibration == null) {
			// A model stored by a version with other features cannot judge today's
			// result lists: ignore it (the default applies and it counts as stale).
			calibration = this.store.load()
				.filter((stored) -> stored.model().weights().size() == ConfidenceFeatures.NAMES.size())
				.orElse(null);
			if (calibration == null) {
				calibration = DefaultConfidence.calibration(this.settings.targetPrecision(),
						"not calibrated yet: a conservative default threshold applies until calibration runs", 0, 0, "",
						java.time.Instant.EPOCH);
			}
			this.current = calibration;
		}
		return calibration;
	}

	/**
	 * The article classifier that ranks results for {@link #current()}'s confidence
	 * model: trained with it, or (after a process loaded a stored calibration) trained
	 * again on the stored vectors the first time it is needed.
	 * {@link ArticleClassifier#NONE} while the conservative default applies.
	 */
	public ArticleClassifier classifier() {
		ArticleClassifier trained = this.classifier;
		if (trained == null) {
			synchronized (this) {
				trained = this.classifier;
				if (trained == null) {
					trained = current().calibrated() ? this.calibrator.trainClassifier() : ArticleClassifier.NONE;
					this.classifier = trained;
				}
			}
		}
		return trained;
	}

	/** Whether the knowledge base changed since the calibration in force was computed. */
	public boolean isStale() {
		Calibration calibration = current();
		return calibration.fingerprint().isEmpty()
				|| !OutOfScopeExamples.knowledgeBaseFingerprint(calibration.fingerprint())
					.equals(this.search.fingerprint())
				|| calibration.targetPrecision() != this.settings.targetPrecision();
	}

	/** The current calibration, recalibrating first when it is stale. */
	public Calibration currentFresh(IntConsumer progress) {
		return isStale() ? recalibrate(progress) : current();
	}

	/**
	 * Recalibrates now and stores the result (with the stored known out-of-scope
	 * questions, read afresh: another process may have changed them).
	 */
	public synchronized Calibration recalibrate(IntConsumer progress) {
		Calibrator.Calibrated calibrated = this.calibrator.calibrateWithClassifier(this.settings,
				this.store.loadOutOfScopeExamples(), progress);
		Calibration calibration = calibrated.calibration();
		this.store.save(calibration);
		this.classifier = calibrated.classifier();
		this.current = calibration;
		log.debug("Calibrated: threshold {} ({})", calibration.threshold(), calibration.warning().orElse("ok"));
		return calibration;
	}

	/**
	 * The knowledge base's known out-of-scope questions (see {@link OutOfScopeExamples}).
	 */
	public OutOfScopeExamples outOfScopeExamples() {
		return this.store.loadOutOfScopeExamples();
	}

	/**
	 * Replaces the known out-of-scope questions and recalibrates with them.
	 * @param examples the new set (empty: none)
	 * @param progress told the number of example questions replayed so far
	 * @return the new calibration
	 */
	public synchronized Calibration replaceOutOfScopeExamples(OutOfScopeExamples examples, IntConsumer progress) {
		this.store.saveOutOfScopeExamples(examples);
		return recalibrate(progress);
	}

	/**
	 * Replaces the known out-of-scope questions and recalibrates in the background, as
	 * after a change of the articles (a page that must not wait for it).
	 * @param examples the new set (empty: none)
	 */
	public void storeOutOfScopeExamples(OutOfScopeExamples examples) {
		this.store.saveOutOfScopeExamples(examples);
		scheduleRecalibration();
	}

	@EventListener
	public void on(KnowledgeUnitsChanged event) {
		scheduleRecalibration();
	}

	/**
	 * Recalibrates once the knowledge base has been quiet for the recalibration delay.
	 */
	private synchronized void scheduleRecalibration() {
		if (this.scheduler.isShutdown()) {
			return;
		}
		if (this.pending != null) {
			this.pending.cancel(false);
		}
		this.pending = this.scheduler.schedule(this::recalibrateInBackground,
				this.settings.recalibrationDelay().toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs a recalibration that is waiting for the knowledge base to settle now, on the
	 * caller's thread (a command that wants to show its progress).
	 * @param progress told the number of example questions replayed so far
	 * @param starting told once, before a recalibration starts
	 * @return the new calibration; empty when none was pending
	 */
	public Optional<Calibration> runPendingNow(IntConsumer progress, Runnable starting) {
		synchronized (this) {
			if (this.pending == null || !this.pending.cancel(false)) {
				return Optional.empty();
			}
			this.pending = null;
		}
		starting.run();
		return Optional.of(recalibrate(progress));
	}

	/** Whether a recalibration is waiting for the knowledge base to settle. */
	public synchronized boolean recalibrationPending() {
		return this.pending != null && !this.pending.isDone();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the indexing queue drained (see {@code ArticleIndexingQueue}). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2000;
	}

	/** Runs a pending recalibration now, so the next process finds a current one. */
	@Override
	public void stop() {
		this.running = false;
		ScheduledFuture<?> waiting;
		synchronized (this) {
			waiting = this.pending;
		}
		if (waiting != null && waiting.cancel(false)) {
			try {
				recalibrate((done) -> {
				});
			}
			catch (RuntimeException ex) {
				log.warn("Recalibration at shutdown failed: {}", ex.getMessage());
			}
		}
		this.scheduler.shutdownNow();
	}

	private void recalibrateInBackground() {
		try {
			recalibrate((done) -> {
			});
		}
		catch (RuntimeException ex) {
			log.warn("Background recalibration failed (the previous calibration stays in force): {}", ex.getMessage());
		}
	}

	Optional<Calibration> cached() {
		return Optional.ofNullable(this.current);
	}

}
