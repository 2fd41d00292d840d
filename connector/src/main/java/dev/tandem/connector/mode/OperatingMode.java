package dev.tandem.connector.mode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The mode in force for every instance sharing the cluster: {@code tandem.mode} until an
 * admin switches it, then the persisted switch ({@code <prefix>-settings/mode}). Read
 * often, so cached for {@code tandem.mode-refresh}. When Elasticsearch cannot be read,
 * the last known mode stays (nothing is acted on without Elasticsearch anyway: cases live
 * there).
 */
public class OperatingMode {

	private static final Logger log = LoggerFactory.getLogger(OperatingMode.class);

	private static final String ID = "mode";

	private final DocumentIndex<ModeSetting> settings;

	private final ModeProperties properties;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile Mode cached;

	private volatile Instant cachedAt = Instant.MIN;

	public OperatingMode(DocumentIndexes indexes, ModeProperties properties, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.settings = indexes.settings(ModeSetting.class);
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.cached = properties.mode();
	}

	public Mode current() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.cachedAt.plus(this.properties.modeRefresh()))) {
			return this.cached;
		}
		try {
			this.cached = this.settings.get(ID).map((stored) -> stored.value().mode()).orElse(this.properties.mode());
			this.cachedAt = now;
		}
		catch (StoreUnavailableException ex) {
			log.warn("Could not read the operating mode, keeping {}: {}", this.cached, ex.getMessage());
		}
		return this.cached;
	}

	public boolean isShadow() {
		return current() == Mode.SHADOW;
	}

	/** Switches the mode for every instance, persisted and audited. */
	public ModeChanged switchTo(Mode mode, String by, Optional<String> reason) {
		Mode before = current();
		Instant now = this.clock.instant();
		this.settings.put(ID, new ModeSetting(mode, by, now, reason));
		this.cached = mode;
		this.cachedAt = now;
		this.audit.record(new AuditEntry(now, by, "mode.changed", Optional.empty(), Optional.of(mode.name()),
				reason.map(List::of).orElse(List.of()), Map.of("from", before.name(), "to", mode.name()),
				mode == Mode.SHADOW));
		log.warn("Operating mode switched from {} to {} by {}", before, mode, by);
		ModeChanged changed = new ModeChanged(before, mode, by, now);
		this.events.publishEvent(changed);
		return changed;
	}

	/** Who set the mode in force, and when, if it was switched at run time. */
	public Optional<ModeSetting> lastSwitch() {
		return this.settings.get(ID).map((stored) -> stored.value());
	}

	/**
	 * The persisted switch.
	 *
	 * @param mode the mode
	 * @param updatedBy who
	 * @param updatedAt when
	 * @param reason why, if given
	 */
	public record ModeSetting(Mode mode, String updatedBy, Instant updatedAt, Optional<String> reason) {

	}

}
