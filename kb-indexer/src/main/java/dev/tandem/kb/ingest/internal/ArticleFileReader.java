package dev.tandem.kb.ingest.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the articles of one file in any supported format. Problems with single articles
 * are rejections sent to the context's sink; problems with the whole file (binary,
 * unsupported encoding, unreadable) are thrown.
 */
public final class ArticleFileReader {

	private final JsonArticleReader json = new JsonArticleReader();

	private final CsvArticleReader csv = new CsvArticleReader();

	private final MarkdownArticleReader markdown = new MarkdownArticleReader();

	private final HtmlArticleReader html = new HtmlArticleReader();

	/**
	 * @param raw the file's bytes as stored
	 * @param format its format
	 * @param context the file and where its items go
	 * @throws IOException when the file cannot be read at all; its message is written for
	 * people
	 */
	public void read(InputStream raw, ArticleFileFormat format, ReadContext context) throws IOException {
		InputStream utf8 = TextEncoding.asUtf8(raw);
		switch (format) {
			case JSON_LINES -> this.json.read(utf8, context, true);
			case JSON -> this.json.read(utf8, context, false);
			case CSV -> this.csv.read(utf8, context);
			case MARKDOWN -> this.markdown.read(utf8, context);
			case HTML -> this.html.read(utf8, context);
		}
	}

}
