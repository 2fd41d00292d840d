package dev.tandem.kb.elasticsearch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Tandem creates and rebuilds its indices ({@code tandem.kb.index.*}). The defaults
 * suit the single local node; a real cluster raises {@code replicas}.
 *
 * @param shards primary shards of every new index
 * @param replicas replicas of every new index (0: a single node stays green)
 * @param copyBatchSize documents per page and per bulk request when an index is rebuilt
 */
@Validated
@ConfigurationProperties("tandem.kb.index")
public record IndexSettings(@DefaultValue("1") @Min(1) @Max(64) int shards,
		@DefaultValue("0") @Min(0) @Max(10) int replicas, @DefaultValue("500") @Min(1) @Max(10000) int copyBatchSize) {

	/** The defaults, for tests and tools without Spring. */
	public static IndexSettings defaults() {
		return new IndexSettings(1, 0, 500);
	}

}
