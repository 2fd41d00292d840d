package dev.tandem.admin.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import dev.tandem.admin.security.LoginLimitProperties;
import dev.tandem.admin.security.UiSecurityProperties;

/**
 * Security of the admin UI: Vaadin views behind a login page (local accounts and, when
 * configured, company single sign-on), method security for services
 * ({@code @RolesAllowed}, {@code @PreAuthorize}).
 * <p>
 * The UI's filter chain matches every request and therefore comes last: other chains (the
 * connector's bearer-token chain for {@code /api/**}, {@code /webhooks/**},
 * {@code /actuator/**}) declare a {@code securityMatcher} and a higher precedence, and
 * handle their requests before this one sees them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

	static final String LOGIN_PATH = "/login";

	private static final String[] PUBLIC_RESOURCES = { "/styles/**", "/icons/**" };

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain adminUiSecurityFilterChain(HttpSecurity http,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations, UiSecurityProperties properties,
			LoginAttempts loginAttempts) throws Exception {
		// The app shell's own style sheets and icons (META-INF/resources) are needed by
		// the login page itself.
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_RESOURCES).permitAll());
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		// repeated wrong passwords lock the user name at that address for a while
		http.addFilterBefore(new LoginThrottleFilter(loginAttempts), UsernamePasswordAuthenticationFilter.class);
		if (clientRegistrations.getIfAvailable() != null) {
			OidcRoleMapper mapper = new OidcRoleMapper(properties.oidc());
			http.oauth2Login(oauth2 -> oauth2.loginPage(LOGIN_PATH)
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new RoleMappingOidcUserService(mapper))));
			log.info("Single sign-on enabled; roles from claim '{}'", properties.oidc().rolesClaim());
		}
		return http.build();
	}

	@Bean
	LoginAttempts loginAttempts(LoginLimitProperties limits, Clock clock) {
		return new LoginAttempts(limits, clock);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService adminUiAccounts(UiSecurityProperties properties, PasswordEncoder passwordEncoder,
			Environment environment, ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
		List<UiSecurityProperties.User> users = new ArrayList<>(properties.users());
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			Set<String> configured = users.stream()
				.map(UiSecurityProperties.User::username)
				.collect(Collectors.toSet());
			users.addAll(DemoAccounts.generate(configured, passwordEncoder, new SecureRandom()));
		}
		if (users.isEmpty() && clientRegistrations.getIfAvailable() == null) {
			throw new NoAccountsConfiguredException();
		}
		ConfiguredAccounts accounts = new ConfiguredAccounts(users);
		log.info("Admin UI: {} local account(s)", accounts.size());
		return accounts;
	}

}
