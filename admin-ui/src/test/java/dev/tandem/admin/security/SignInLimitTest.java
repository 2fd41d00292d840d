package dev.tandem.admin.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The sign-in form slows down password guessing: five wrong passwords for a user name
 * from one address lock that pair for a minute (defaults of {@code tandem.ui.login.*}).
 * Each test uses its own address, so they do not share a count.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInLimitTest extends BrowserlessUiTest {

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void fiveWrongPasswordsLockTheUserAtThatAddressEvenForTheRightPassword(CapturedOutput output) throws Exception {
		for (int i = 0; i < 5; i++) {
			signIn("10.0.0.1", TestAccount.MANAGER.username(), "guess-" + i).andExpect(redirectedUrl("/login?error"));
		}

		signIn("10.0.0.1", TestAccount.MANAGER.username(), TestAccount.MANAGER.password())
			.andExpect(redirectedUrlPattern("/login?locked=*"))
			.andExpect(header().exists("Retry-After"));
		assertThat(output.getAll()).contains("Sign-in locked for user 'manager' from 10.0.0.1 for 60 s")
			.contains("Refused a sign-in for user 'manager' from 10.0.0.1")
			.doesNotContain("guess-");
	}

	@Test
	void theSameUserFromAnotherAddressStillSignsIn() throws Exception {
		for (int i = 0; i < 5; i++) {
			signIn("10.0.0.2", TestAccount.KNOWLEDGE_MANAGER.username(), "guess-" + i);
		}

		signIn("10.0.0.3", TestAccount.KNOWLEDGE_MANAGER.username(), TestAccount.KNOWLEDGE_MANAGER.password())
			.andExpect(
					(result) -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error", "locked"));
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		for (int i = 0; i < 4; i++) {
			signIn("10.0.0.4", TestAccount.ADMIN.username(), "guess-" + i);
		}
		signIn("10.0.0.4", TestAccount.ADMIN.username(), TestAccount.ADMIN.password());

		signIn("10.0.0.4", TestAccount.ADMIN.username(), "guess-again").andExpect(redirectedUrl("/login?error"));
		signIn("10.0.0.4", TestAccount.ADMIN.username(), TestAccount.ADMIN.password()).andExpect(
				(result) -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error", "locked"));
	}

	@Test
	void logForgingUserNamesAreLoggedOnOneLine(CapturedOutput output) throws Exception {
		signIn("10.0.0.5", "eve\nINFO forged line", "x");

		assertThat(output.getAll()).contains("Failed sign-in for user 'eve?INFO forged line'");
	}

	private ResultActions signIn(String address, String username, String password) throws Exception {
		return this.mvc.perform(post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", username).param("password", password));
	}

}
