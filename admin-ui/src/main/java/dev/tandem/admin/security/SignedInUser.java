package dev.tandem.admin.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The person using the admin UI, whether they signed in with a local account or company
 * single sign-on.
 *
 * @param username sign-in name (local) or subject / preferred user name (single sign-on)
 * @param displayName name to show
 * @param roles Tandem roles granted; empty for a single sign-on user whose groups map to
 * no role
 * @param preferredLocale language configured for the account or sent by the identity
 * provider
 */
public record SignedInUser(String username, String displayName, Set<Role> roles, Optional<Locale> preferredLocale) {

	public SignedInUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

}
