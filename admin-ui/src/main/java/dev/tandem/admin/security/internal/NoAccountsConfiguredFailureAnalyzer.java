package dev.tandem.admin.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains {@link NoAccountsConfiguredException} in Spring Boot's "APPLICATION FAILED TO
 * START" report instead of a stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
public class NoAccountsConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoAccountsConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoAccountsConfiguredException cause) {
		return new FailureAnalysis(
				"The admin UI has no users, so nobody could sign in. "
						+ "tandem.ui.users is empty, no single sign-on (spring.security.oauth2.client.registration.*) "
						+ "is configured, and the 'demo' profile is not active.",
				"""
						Do one of:
						  - configure users, e.g. in application.yml:
						      tandem.ui.users:
						        - username: alice
						          password-hash: <bcrypt hash from: java -jar admin-ui.jar --tandem.hash-password>
						          roles: [ADMIN]
						  - configure company single sign-on (see docs/admin-ui.md, "Single sign-on"), or
						  - try it out with generated demo accounts: --spring.profiles.active=demo""", cause);
	}

}
