package dev.tandem.admin.security.internal;

/**
 * Start-up stops with this when nobody could sign in: no {@code tandem.ui.users}, no
 * single sign-on registration, and not the {@code demo} profile.
 */
final class NoAccountsConfiguredException extends IllegalStateException {

	NoAccountsConfiguredException() {
		super("No admin UI users are configured (tandem.ui.users is empty and no OIDC registration is set)");
	}

}
