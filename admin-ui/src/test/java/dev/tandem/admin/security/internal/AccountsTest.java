package dev.tandem.admin.security.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import dev.tandem.admin.security.Role;
import dev.tandem.admin.security.UiSecurityProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class AccountsTest {

	// Cost 4 keeps the tests fast; the product uses BCryptPasswordEncoder's default (10).
	private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

	private final SecurityConfiguration configuration = new SecurityConfiguration();

	@Test
	void startUpStopsWithAClearReasonWhenNobodyCouldSignIn() {
		assertThatThrownBy(() -> accounts(List.of(), new MockEnvironment(), null))
			.isInstanceOf(NoAccountsConfiguredException.class);
		FailureAnalysis analysis = new NoAccountsConfiguredFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", new NoAccountsConfiguredException()));
		assertThat(analysis.getDescription()).contains("tandem.ui.users is empty");
		assertThat(analysis.getAction()).contains("--tandem.hash-password")
			.contains("--spring.profiles.active=demo")
			.contains("single sign-on");
	}

	@Test
	void singleSignOnAloneIsEnough() {
		UserDetailsService accounts = accounts(List.of(), new MockEnvironment(), singleSignOn());
		assertThatThrownBy(() -> accounts.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void configuredUserSignsInWithRolesDisplayNameAndLanguage() {
		UserDetailsService accounts = accounts(List.of(new UiSecurityProperties.User("chen", encoder.encode("pw"),
				Set.of(Role.KNOWLEDGE_MANAGER), "陈静", java.util.Locale.SIMPLIFIED_CHINESE)), new MockEnvironment(),
				null);
		AccountDetails chen = (AccountDetails) accounts.loadUserByUsername("chen");
		assertThat(encoder.matches("pw", chen.getPassword())).isTrue();
		assertThat(chen.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_KNOWLEDGE_MANAGER");
		assertThat(chen.displayName()).isEqualTo("陈静");
		assertThat(chen.preferredLocale()).contains(java.util.Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void sameUsernameTwiceIsRefusedNamingTheEntry() {
		var user = new UiSecurityProperties.User("alice", encoder.encode("a"), Set.of(Role.ADMIN), null, null);
		assertThatIllegalStateException().isThrownBy(() -> accounts(List.of(user, user), new MockEnvironment(), null))
			.withMessageContaining("tandem.ui.users[1].username")
			.withMessageContaining("alice");
	}

	@Test
	void demoProfilePrintsPasswordsThatWork(CapturedOutput output) {
		UserDetailsService accounts = accounts(List.of(),
				new MockEnvironment().withProperty("spring.profiles.active", "demo"), null);
		Matcher printed = Pattern.compile("(admin|km|manager)\\s+password: (\\S+)\\s+role: (\\S+)")
			.matcher(output.getOut());
		Map<String, Role> expectedRoles = Map.of("admin", Role.ADMIN, "km", Role.KNOWLEDGE_MANAGER, "manager",
				Role.MANAGER);
		int found = 0;
		while (printed.find()) {
			found++;
			AccountDetails account = (AccountDetails) accounts.loadUserByUsername(printed.group(1));
			assertThat(encoder.matches(printed.group(2), account.getPassword())).as(printed.group(1)).isTrue();
			assertThat(account.getAuthorities()).extracting(Object::toString)
				.containsExactly(expectedRoles.get(printed.group(1)).authority());
		}
		assertThat(found).isEqualTo(3);
	}

	@Test
	void configuredAccountWinsOverTheDemoAccountOfTheSameName(CapturedOutput output) {
		var admin = new UiSecurityProperties.User("admin", encoder.encode("mine"), Set.of(Role.ADMIN), null, null);
		UserDetailsService accounts = accounts(List.of(admin),
				new MockEnvironment().withProperty("spring.profiles.active", "demo"), null);
		assertThat(encoder.matches("mine", accounts.loadUserByUsername("admin").getPassword())).isTrue();
		assertThat(output.getOut()).contains("admin     configured in tandem.ui.users");
		assertThat(accounts.loadUserByUsername("km")).isNotNull();
	}

	@Test
	void demoPasswordsDifferEveryTime() {
		var first = DemoAccounts.generate(Set.of(), encoder, new SecureRandom());
		var second = DemoAccounts.generate(Set.of(), encoder, new SecureRandom());
		assertThat(first.getFirst().passwordHash()).isNotEqualTo(second.getFirst().passwordHash());
	}

	private UserDetailsService accounts(List<UiSecurityProperties.User> users, MockEnvironment environment,
			ClientRegistrationRepository registrations) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (registrations != null) {
			beans.addBean("clientRegistrations", registrations);
		}
		String profiles = environment.getProperty("spring.profiles.active", "");
		if (!profiles.isEmpty()) {
			environment.setActiveProfiles(profiles.split(","));
		}
		return configuration.adminUiAccounts(
				new UiSecurityProperties(users, new UiSecurityProperties.Oidc("groups", Map.of())), encoder,
				environment, beans.getBeanProvider(ClientRegistrationRepository.class));
	}

	private static ClientRegistrationRepository singleSignOn() {
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("company")
			.clientId("tandem")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://sso.example.test/authorize")
			.tokenUri("https://sso.example.test/token")
			.build());
	}

}
