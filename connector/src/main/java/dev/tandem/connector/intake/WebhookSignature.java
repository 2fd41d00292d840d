package dev.tandem.connector.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Jira's webhook signature: {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw
 * body>}, keyed with the webhook's secret. Compared in constant time, so the time an
 * answer takes says nothing about how much of a forged signature was right.
 */
public final class WebhookSignature {

	private static final String PREFIX = "sha256=";

	private WebhookSignature() {
	}

	/** Whether {@code header} is the signature of {@code body} under {@code secret}. */
	public static boolean matches(String secret, byte[] body, String header) {
		if (header == null) {
			return false;
		}
		String value = header.strip();
		if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(secret, body), given);
	}

	/** The header value Jira would send for this body (tests, the demo sandbox). */
	public static String sign(String secret, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
	}

	private static byte[] hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

}
