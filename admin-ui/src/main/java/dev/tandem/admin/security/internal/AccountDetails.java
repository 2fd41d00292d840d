package dev.tandem.admin.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.tandem.admin.security.UiSecurityProperties;

/**
 * A local account as Spring Security sees it, keeping the display name and language for
 * the UI.
 */
public final class AccountDetails implements UserDetails, CredentialsContainer {

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final Locale locale;

	private final List<GrantedAuthority> authorities;

	AccountDetails(UiSecurityProperties.User user) {
		this.username = user.username();
		this.passwordHash = user.passwordHash().replaceFirst("^\\{bcrypt}", "");
		this.displayName = user.displayNameOrUsername();
		this.locale = user.locale();
		this.authorities = user.roles()
			.stream()
			.sorted()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	public String displayName() {
		return displayName;
	}

	public Optional<Locale> preferredLocale() {
		return Optional.ofNullable(locale);
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountDetails[username=" + username + ", authorities=" + authorities + "]";
	}

}
