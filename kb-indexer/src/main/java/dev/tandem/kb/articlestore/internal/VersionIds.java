package dev.tandem.kb.articlestore.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids of article versions: {@code <article id>#<number>}, e.g.
 * {@code refund-time#3}. Elasticsearch ids are limited to 512 bytes, as are article ids:
 * when the suffix would overflow, the article id is replaced by its SHA-256 (the document
 * still names its article in {@code article_id}). Ids are derived, never searched, so
 * version documents are read with real-time GETs.
 */
public final class VersionIds {

	static final int MAX_ID_BYTES = 512;

	private VersionIds() {
	}

	public static String of(String articleId, int number) {
		String suffix = "#" + number;
		String id = articleId + suffix;
		if (id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
			return id;
		}
		return "sha256:" + sha256(articleId) + suffix;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime provides SHA-256", ex);
		}
	}

}
