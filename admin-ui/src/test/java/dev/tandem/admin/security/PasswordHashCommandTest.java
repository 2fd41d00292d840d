package dev.tandem.admin.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsABcryptHashThatMatchesThePassword() {
		int status = run("--tandem.hash-password=correct horse");
		String hash = out.toString(StandardCharsets.UTF_8).trim();
		assertThat(status).isZero();
		assertThat(hash).matches(UiSecurityProperties.BCRYPT);
		assertThat(new BCryptPasswordEncoder().matches("correct horse", hash)).isTrue();
	}

	@Test
	void isRequestedOnlyByItsOption() {
		assertThat(PasswordHashCommand.isRequested(new String[] { "--server.port=8181" })).isFalse();
		assertThat(PasswordHashCommand.isRequested(new String[] { "--tandem.hash-password" })).isTrue();
		assertThat(PasswordHashCommand.isRequested(new String[] { "--tandem.hash-password=x" })).isTrue();
	}

	private int run(String... args) {
		return PasswordHashCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
