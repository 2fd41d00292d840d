package dev.tandem.kb.elasticsearch;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Names of every index and alias Tandem owns, all starting with
 * {@code tandem.index-prefix} so several knowledge bases (or test runs) can share one
 * cluster.
 *
 * @param indexPrefix lower-case prefix, e.g. {@code tandem} or {@code acme-support}
 */
@Validated
@ConfigurationProperties("tandem")
public record IndexNames(@DefaultValue("tandem") @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,60}",
		message = "must be lower case letters, digits, '-' or '_' (Elasticsearch index naming)") String indexPrefix) {

	/**
	 * The alias (or index) name for a logical store, e.g. {@code alias("articles")} ->
	 * {@code tandem-articles}.
	 */
	public String alias(String store) {
		return this.indexPrefix + "-" + store;
	}

	/**
	 * A concrete versioned index behind {@link #alias(String)}, e.g.
	 * {@code tandem-articles-v3}.
	 */
	public String versioned(String store, int version) {
		return alias(store) + "-v" + version;
	}

	/** Pattern matching every index of this prefix, for clean-up and listing. */
	public String everything() {
		return this.indexPrefix + "-*";
	}

}
