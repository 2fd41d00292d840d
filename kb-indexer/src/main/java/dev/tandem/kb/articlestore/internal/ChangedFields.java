package dev.tandem.kb.articlestore.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.tandem.kb.article.ArticleContent;

/**
 * Which fields a new version changed, recorded in its version document
 * ({@code changed_fields}) so that a history can say "title, status" without comparing
 * texts. For a first version: every field that has a value.
 */
public final class ChangedFields {

	private static final List<Field> FIELDS = List.of(new Field("title", ArticleContent::title),
			new Field("body", ArticleContent::body), new Field("answer", ArticleContent::answer),
			new Field("questions", ArticleContent::questions), new Field("category", ArticleContent::category),
			new Field("language", ArticleContent::language), new Field("tags", ArticleContent::tags),
			new Field("status", ArticleContent::status));

	private ChangedFields() {
	}

	public static List<String> between(Optional<ArticleContent> previous, ArticleContent next) {
		List<String> changed = new ArrayList<>();
		for (Field field : FIELDS) {
			Object now = field.value().apply(next);
			boolean differs = previous.map((before) -> !Objects.equals(field.value().apply(before), now))
				.orElseGet(() -> hasValue(now));
			if (differs) {
				changed.add(field.name());
			}
		}
		return List.copyOf(changed);
	}

	private static boolean hasValue(Object value) {
		return switch (value) {
			case Optional<?> optional -> optional.isPresent();
			case List<?> list -> !list.isEmpty();
			default -> true;
		};
	}

	private record Field(String name, Function<ArticleContent, Object> value) {

	}

}
