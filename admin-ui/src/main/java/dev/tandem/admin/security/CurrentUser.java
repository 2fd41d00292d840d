package dev.tandem.admin.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import dev.tandem.admin.security.internal.AccountDetails;

/**
 * Who is signed in, and signing out. Works in Vaadin views and in services called from
 * them.
 */
@Component
public class CurrentUser {

	private final AuthenticationContext authenticationContext;

	public CurrentUser(AuthenticationContext authenticationContext) {
		this.authenticationContext = authenticationContext;
	}

	/** The signed-in user; empty for anonymous visitors (e.g. on the login page). */
	public Optional<SignedInUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Set<Role> roles = rolesOf(authentication);
		Object principal = authentication.getPrincipal();
		if (principal instanceof AccountDetails account) {
			return Optional
				.of(new SignedInUser(account.getUsername(), account.displayName(), roles, account.preferredLocale()));
		}
		if (principal instanceof OidcUser oidcUser) {
			String username = Optional.ofNullable(oidcUser.getPreferredUsername()).orElse(oidcUser.getSubject());
			String displayName = Optional.ofNullable(oidcUser.getFullName()).orElse(username);
			Optional<Locale> locale = Optional.ofNullable(oidcUser.getLocale()).map(Locale::forLanguageTag);
			return Optional.of(new SignedInUser(username, displayName, roles, locale));
		}
		return Optional
			.of(new SignedInUser(authentication.getName(), authentication.getName(), roles, Optional.empty()));
	}

	/** Signs the user out and sends the browser to the login page. */
	public void signOut() {
		authenticationContext.logout();
	}

	private static Set<Role> rolesOf(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Arrays.stream(Role.values())
				.filter(role -> role.authority().equals(authority.getAuthority()))
				.forEach(roles::add);
		}
		return roles;
	}

}
