package dev.tandem.admin.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may sign in to the admin UI ({@code tandem.ui.*}).
 *
 * @param users local accounts with bcrypt password hashes
 * @param oidc how company single sign-on users get their roles (the sign-on itself is a
 * standard {@code spring.security.oauth2.client.registration.*} entry)
 */
@Validated
@ConfigurationProperties("tandem.ui")
public record UiSecurityProperties(@DefaultValue @Valid List<User> users, @DefaultValue @Valid Oidc oidc) {

	/**
	 * A local account.
	 *
	 * @param username sign-in name
	 * @param passwordHash bcrypt hash of the password
	 * ({@code java -jar admin-ui.jar --tandem.hash-password})
	 * @param roles one or more of ADMIN, KNOWLEDGE_MANAGER, MANAGER
	 * @param displayName name shown in the UI; defaults to the username
	 * @param locale language of the UI for this user (e.g. {@code zh-CN}); defaults to
	 * the browser's
	 */
	public record User(@NotBlank String username, @NotBlank @Pattern(regexp = BCRYPT,
			message = "must be a bcrypt hash ($2a$, $2b$ or $2y$ followed by cost and 53 characters)") String passwordHash,
			@NotEmpty Set<Role> roles, String displayName, Locale locale) {

		public User {
			roles = (roles != null) ? Set.copyOf(roles) : Set.of();
		}

		public String displayNameOrUsername() {
			return (displayName == null || displayName.isBlank()) ? username : displayName;
		}

		public Optional<Locale> preferredLocale() {
			return Optional.ofNullable(locale);
		}

		@Override
		public String toString() {
			return "User[username=" + username + ", passwordHash=[redacted], roles=" + roles + ", displayName="
					+ displayName + ", locale=" + locale + "]";
		}

	}

	/**
	 * Roles of single sign-on users, read from a claim of the identity provider's ID
	 * token or user info (a list of group or role names, or one name).
	 *
	 * @param rolesClaim the claim holding group or role names, e.g. {@code groups} or
	 * {@code roles}
	 * @param roleMapping for each Tandem role, the claim values that grant it (compared
	 * ignoring case); a role's own name always grants it
	 */
	public record Oidc(@DefaultValue("groups") @NotBlank String rolesClaim,
			@DefaultValue Map<Role, List<String>> roleMapping) {

		public Oidc {
			roleMapping = (roleMapping != null) ? Map.copyOf(roleMapping) : Map.of();
		}

	}

	/**
	 * bcrypt as Spring Security and htpasswd write it; an optional {bcrypt} prefix is
	 * accepted.
	 */
	static final String BCRYPT = "^(\\{bcrypt})?\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$";

}
