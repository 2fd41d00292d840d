package dev.tandem.connector.security;

import java.time.Clock;

import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Security of the connector's own paths ({@code /api/**}, {@code /webhooks/**},
 * {@code /actuator/**}); every other path is left to other chains (the admin UI's). The
 * API wants the bearer token (or an admin's basic auth when the process has users); the
 * webhook is authenticated by its HMAC signature in the controller; health and metrics
 * are open; {@code /api/**} is rate-limited per client ({@code tandem.api.rate-limit.*}).
 * Stateless: no session, no CSRF token (no cookies are used on these paths).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({ ApiProperties.class, ApiRateLimitProperties.class })
class ConnectorSecurityConfiguration {

	@Bean
	ApiToken apiToken(ApiProperties properties, DocumentIndexes indexes, Clock clock) {
		return new ApiToken(properties, indexes, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain connectorSecurity(HttpSecurity http, ApiToken token, ObjectProvider<UserDetailsService> users,
			ApiRateLimitProperties rateLimit, Clock clock) throws Exception {
		http.securityMatcher("/api/**", "/webhooks/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/webhooks/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				// the token (ROLE_API) or an admin's basic auth; other UI roles have no
				// business with the API
				.anyRequest()
				.hasAnyAuthority("ROLE_API", "ROLE_ADMIN"))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, failure) -> {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setHeader("WWW-Authenticate", "Bearer realm=\"tandem\"");
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.getWriter().write("{\"error\":\"send Authorization: Bearer <tandem.api.token>\"}");
			}));
		if (rateLimit.enabled()) {
			// added first at the same place, so it runs before the token is even looked
			// at
			http.addFilterBefore(
					new ApiRateLimitFilter(new TokenBuckets(rateLimit.burst(), rateLimit.requestsPerMinute(), clock)),
					BasicAuthenticationFilter.class);
		}
		http.addFilterBefore(new BearerTokenFilter(token), BasicAuthenticationFilter.class);
		if (users.getIfAvailable() != null) {
			http.httpBasic(Customizer.withDefaults());
		}
		return http.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void createTokenAtStartUp(ApplicationReadyEvent ready) {
		ready.getApplicationContext().getBean(ApiToken.class).initialise();
	}

}
