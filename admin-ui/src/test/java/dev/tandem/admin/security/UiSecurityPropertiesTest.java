package dev.tandem.admin.security;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class UiSecurityPropertiesTest {

	private static final String HASH = "$2a$10$lojmTRP9mbeuidCjl1o35ORs8Kc1atVE.LaFyM7I7HrWyelGvAw9i";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void bindsUsersWithRelaxedRoleNamesAndLocale() {
		runner
			.withPropertyValues("tandem.ui.users[0].username=chen", "tandem.ui.users[0].password-hash=" + HASH,
					"tandem.ui.users[0].roles=knowledge-manager,admin", "tandem.ui.users[0].locale=zh-CN")
			.run(context -> {
				UiSecurityProperties.User user = context.getBean(UiSecurityProperties.class).users().getFirst();
				assertThat(user.roles()).containsExactlyInAnyOrder(Role.KNOWLEDGE_MANAGER, Role.ADMIN);
				assertThat(user.preferredLocale()).contains(Locale.SIMPLIFIED_CHINESE);
				assertThat(user.displayNameOrUsername()).isEqualTo("chen");
			});
	}

	@Test
	void noUsersAndDefaultSingleSignOnClaimWhenNothingIsConfigured() {
		runner.run(context -> {
			UiSecurityProperties properties = context.getBean(UiSecurityProperties.class);
			assertThat(properties.users()).isEmpty();
			assertThat(properties.oidc().rolesClaim()).isEqualTo("groups");
			assertThat(properties.oidc().roleMapping()).isEmpty();
		});
	}

	@Test
	void plainPasswordInsteadOfAHashFailsNamingTheField() {
		runner
			.withPropertyValues("tandem.ui.users[0].username=alice", "tandem.ui.users[0].password-hash=secret",
					"tandem.ui.users[0].roles=ADMIN")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("tandem.ui.users[0].passwordHash")
				.hasMessageContaining("must be a bcrypt hash"));
	}

	@Test
	void userWithoutRoleFailsNamingTheField() {
		runner.withPropertyValues("tandem.ui.users[0].username=alice", "tandem.ui.users[0].password-hash=" + HASH)
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("tandem.ui.users[0].roles"));
	}

	@Test
	void unknownRoleFailsNamingIt() {
		runner
			.withPropertyValues("tandem.ui.users[0].username=alice", "tandem.ui.users[0].password-hash=" + HASH,
					"tandem.ui.users[0].roles=SUPERUSER")
			.run(context -> assertThat(context).getFailure().hasStackTraceContaining("SUPERUSER"));
	}

	@Test
	void passwordHashIsNotPrinted() {
		UiSecurityProperties.User user = new UiSecurityProperties.User("alice", HASH, java.util.Set.of(Role.ADMIN),
				null, null);
		assertThat(user.toString()).doesNotContain(HASH).contains("[redacted]");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(UiSecurityProperties.class)
	static class PropertiesConfiguration {

	}

}
