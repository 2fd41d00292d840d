package dev.tandem.admin.security;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.ui.login.*}: how failed sign-ins are slowed down. After
 * {@code maxFailures} wrong passwords for one user name from one address within
 * {@code window}, that pair is locked for {@code lockout}; every further lockout of the
 * same pair doubles it, up to {@code maxLockout}. A successful sign-in clears the count.
 *
 * @param maxFailures failed attempts allowed before a lockout
 * @param window how long a failure counts
 * @param lockout first lockout
 * @param maxLockout longest lockout
 */
@Validated
@ConfigurationProperties("tandem.ui.login")
public record LoginLimitProperties(@DefaultValue("5") @Positive @Max(1000) int maxFailures,
		@DefaultValue("15m") @NotNull Duration window, @DefaultValue("1m") @NotNull Duration lockout,
		@DefaultValue("30m") @NotNull Duration maxLockout) {

	public LoginLimitProperties {
		if (window != null && (window.isNegative() || window.isZero())) {
			throw new IllegalArgumentException("tandem.ui.login.window must be positive");
		}
		if (lockout != null && maxLockout != null && (lockout.isNegative() || maxLockout.compareTo(lockout) < 0)) {
			throw new IllegalArgumentException("tandem.ui.login.max-lockout must be at least tandem.ui.login.lockout");
		}
	}

}
