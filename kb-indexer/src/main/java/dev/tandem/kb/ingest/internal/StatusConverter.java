package dev.tandem.kb.ingest.internal;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import dev.tandem.kb.article.ArticleStatus;

/**
 * Reads {@code --status} values in any case.
 */
public class StatusConverter implements ITypeConverter<ArticleStatus> {

	@Override
	public ArticleStatus convert(String value) {
		return ArticleStatus.parse(value)
			.orElseThrow(() -> new TypeConversionException(
					"unknown status '" + value + "' (expected DRAFT, PUBLISHED or ARCHIVED)"));
	}

}
