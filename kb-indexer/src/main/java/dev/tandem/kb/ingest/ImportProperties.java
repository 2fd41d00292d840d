package dev.tandem.kb.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the article import ({@code tandem.kb.import.*}).
 *
 * @param maxArticleSize size limit of one article's source; {@code --max-article-size}
 * overrides it per run
 */
@Validated
@ConfigurationProperties("tandem.kb.import")
public record ImportProperties(@DefaultValue("1MB") DataSize maxArticleSize) {

	public ImportProperties {
		if (maxArticleSize == null) {
			maxArticleSize = DataSize.ofBytes(ImportOptions.DEFAULT_MAX_ARTICLE_BYTES);
		}
		if (maxArticleSize.toBytes() < 1) {
			throw new IllegalArgumentException("tandem.kb.import.max-article-size must be positive");
		}
	}

}
