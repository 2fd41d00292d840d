package dev.tandem.connector.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random credentials and webhook secret of one sandbox run: the connector talks to the
 * sandbox exactly as to a real Cloud site (basic auth, signed webhooks).
 *
 * @param user the bot's e-mail
 * @param apiToken the bot's API token
 * @param webhookSecret the secret webhooks are signed with
 */
record SandboxCredentials(String user, String apiToken, String webhookSecret) {

	static SandboxCredentials random() {
		SecureRandom random = new SecureRandom();
		return new SandboxCredentials("tandem-bot@sandbox.local", token(random), token(random));
	}

	String basicAuthorization() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((this.user + ":" + this.apiToken).getBytes(StandardCharsets.UTF_8));
	}

	private static String token(SecureRandom random) {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	public String toString() {
		return "SandboxCredentials[user=" + this.user + ", apiToken=******, webhookSecret=******]";
	}

}
