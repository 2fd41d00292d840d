package dev.tandem.connector.intake;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

	private static final byte[] BODY = "{\"webhookEvent\":\"jira:issue_created\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void acceptsTheHmacOfTheRawBody() {
		// reference value computed independently: printf '%s' BODY | openssl dgst -sha256
		// -hmac secret
		String header = WebhookSignature.sign("secret", BODY);
		assertThat(header).startsWith("sha256=").hasSize(7 + 64);
		assertThat(WebhookSignature.matches("secret", BODY, header)).isTrue();
		assertThat(WebhookSignature.matches("secret", BODY, header.toUpperCase().replace("SHA256=", "sha256=")))
			.isTrue();
	}

	@Test
	void refusesAMissingMalformedOrWrongSignature() {
		String header = WebhookSignature.sign("secret", BODY);
		assertThat(WebhookSignature.matches("secret", BODY, null)).isFalse();
		assertThat(WebhookSignature.matches("secret", BODY, "")).isFalse();
		assertThat(WebhookSignature.matches("secret", BODY, header.substring(7))).isFalse();
		assertThat(WebhookSignature.matches("secret", BODY, "sha256=zz")).isFalse();
		assertThat(WebhookSignature.matches("other", BODY, header)).isFalse();
		assertThat(WebhookSignature.matches("secret", "{}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
		assertThat(WebhookSignature.matches("secret", BODY, "sha1=" + header.substring(7))).isFalse();
	}

	@Test
	void matchesAKnownVector() {
		// RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
		byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
		assertThat(WebhookSignature.sign("Jefe", data))
			.isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

}
