package dev.tandem.kb.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;

/**
 * Writes articles as JSON Lines in the import format, so that importing the output again
 * finds every article unchanged (same content hash). Absent optional fields are left out;
 * {@code status} is always written so that the import's default status does not apply.
 */
public class ArticleExporter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final ArticleRepository repository;

	public ArticleExporter(ArticleRepository repository) {
		this.repository = repository;
	}

	/**
	 * @param statuses statuses to export; empty for all
	 * @param out where the lines go, in UTF-8 (left open)
	 * @return the number of articles written
	 * @throws IOException when writing fails
	 */
	public long export(Set<ArticleStatus> statuses, OutputStream out) throws IOException {
		return export(statuses, new OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

	/**
	 * @param statuses statuses to export; empty for all
	 * @param out where the lines go (left open)
	 * @return the number of articles written
	 * @throws IOException when writing fails
	 */
	public long export(Set<ArticleStatus> statuses, Writer out) throws IOException {
		Writer writer = new BufferedWriter(out);
		long count = 0;
		try (Stream<StoredArticle> articles = this.repository.all()) {
			for (StoredArticle article : (Iterable<StoredArticle>) articles::iterator) {
				if (statuses.isEmpty() || statuses.contains(article.content().status())) {
					writer.write(line(article.content()));
					writer.write('\n');
					count++;
				}
			}
		}
		writer.flush();
		return count;
	}

	/**
	 * One article as one JSON line (without the line end).
	 * @param content the article
	 * @return the JSON text
	 */
	public static String line(ArticleContent content) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", content.id());
		fields.put("title", content.title());
		fields.put("body", content.body());
		content.answer().ifPresent((answer) -> fields.put("answer", answer));
		fields.put("questions", content.questions());
		content.category().ifPresent((category) -> fields.put("category", category));
		content.language().ifPresent((language) -> fields.put("language", language));
		fields.put("tags", content.tags());
		fields.put("status", content.status().name());
		return MAPPER.writeValueAsString(fields);
	}

}
