package dev.tandem.kb.article.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.article.ArticleContent;

/**
 * SHA-256 over a canonical, unambiguous encoding of an article's fields: a format tag,
 * then every field in a fixed order, each text length-prefixed so that no two different
 * articles share an encoding. Changing this encoding changes every stored hash (every
 * article would count as updated once): bump the format tag when doing so.
 */
public final class CanonicalContentHash {

	private static final String FORMAT = "tandem-article-content/1";

	private CanonicalContentHash() {
	}

	public static String of(ArticleContent content) {
		MessageDigest digest = sha256();
		text(digest, FORMAT);
		text(digest, content.id());
		text(digest, content.title());
		text(digest, content.body());
		optional(digest, content.answer());
		list(digest, content.questions());
		optional(digest, content.category());
		optional(digest, content.language());
		list(digest, content.tags());
		text(digest, content.status().name());
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void text(MessageDigest digest, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update((byte) 's');
		digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		digest.update(bytes);
	}

	private static void optional(MessageDigest digest, Optional<String> value) {
		if (value.isPresent()) {
			text(digest, value.get());
		}
		else {
			digest.update((byte) '-');
		}
	}

	private static void list(MessageDigest digest, List<String> values) {
		digest.update((byte) 'l');
		digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(values.size()).array());
		values.forEach((value) -> text(digest, value));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime provides SHA-256", ex);
		}
	}

}
