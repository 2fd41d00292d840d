package dev.tandem.connector.store;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.connector.store.*}: how the connector's own indices are created and
 * written.
 *
 * @param replicas replicas of each connector index: 0 suits the single local node (a
 * replica would turn it yellow); use 1 or more on a real cluster
 * @param groupCommit how writes of many threads are sent together
 */
@Validated
@ConfigurationProperties("tandem.connector.store")
public record StoreProperties(@DefaultValue("0") @Min(0) int replicas,
		@DefaultValue @Valid @NotNull GroupCommit groupCommit) {

	@ConstructorBinding
	public StoreProperties {
	}

	/** The given replicas, group commit as by default. */
	public StoreProperties(int replicas) {
		this(replicas, GroupCommit.defaults());
	}

	/**
	 * {@code tandem.connector.store.group-commit.*}: writes from all threads are
	 * collected and sent as one bulk request, so Elasticsearch syncs its translog once
	 * for many writes instead of once per write. Each write still returns only when its
	 * own item is acknowledged. Nothing waits for a batch to fill: a write is sent at
	 * once unless {@code max-in-flight} bulks are already on their way.
	 *
	 * @param enabled false: one request per write, as before group commit
	 * @param maxInFlight bulk requests on their way at the same time; writes arriving
	 * meanwhile queue for the next bulk
	 * @param maxItems writes in one bulk at most
	 * @param maxBytes document bytes in one bulk at most (a larger document goes alone)
	 */
	public record GroupCommit(@DefaultValue("true") boolean enabled,
			@DefaultValue("2") @Min(1) @Max(64) int maxInFlight, @DefaultValue("500") @Min(1) @Max(10000) int maxItems,
			@DefaultValue("5MB") @NotNull DataSize maxBytes) {

		public GroupCommit {
			if (maxBytes != null && maxBytes.toBytes() < 1) {
				throw new IllegalArgumentException(
						"tandem.connector.store.group-commit.max-bytes must be positive, was " + maxBytes);
			}
		}

		public static GroupCommit defaults() {
			return new GroupCommit(true, 2, 500, DataSize.ofMegabytes(5));
		}

		/** Switched off: one request per write. */
		public static GroupCommit disabled() {
			return new GroupCommit(false, 2, 500, DataSize.ofMegabytes(5));
		}

	}

}
