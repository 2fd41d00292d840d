package dev.tandem.kb.embedding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the embedding model runs ({@code tandem.embedding.*}).
 *
 * @param threads texts of one batch (an import, a re-embedding, the calibration's
 * questions) embedded at once; 0 (the default) means one per core. A single text (a
 * ticket, a search) always runs on its caller's thread, so concurrent requests use the
 * cores too. Lower it to keep cores free for an Elasticsearch node on the same machine.
 */
@Validated
@ConfigurationProperties("tandem.embedding")
public record EmbeddingSettings(@DefaultValue("0") @Min(0) @Max(64) int threads) {

	/** The threads a batch runs on: the setting, or one per core. */
	public int batchThreads() {
		return this.threads == 0 ? Runtime.getRuntime().availableProcessors() : this.threads;
	}

}
