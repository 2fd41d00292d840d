package dev.tandem.admin.security.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the sign-in form ({@code POST /login}): a locked user name and address is sent
 * back to the sign-in page with {@code ?locked=<seconds>} (which says so and for how
 * long) without its password being checked; otherwise the outcome of the sign-in (the
 * form login answers a failure with a redirect to {@code /login?error}) is counted.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private final LoginAttempts attempts;

	LoginThrottleFilter(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI()
			.substring(request.getContextPath().length())
			.equals(SecurityConfiguration.LOGIN_PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = Optional.ofNullable(request.getParameter("username")).orElse("");
		String address = request.getRemoteAddr();
		Optional<java.time.Duration> locked = this.attempts.lockedFor(username, address);
		if (locked.isPresent()) {
			long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
			log.warn("Refused a sign-in for user '{}' from {}: locked for {} more s", LoginAttempts.printable(username),
					address, seconds);
			response.setHeader("Retry-After", Long.toString(seconds));
			response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PATH + "?locked=" + seconds);
			return;
		}
		chain.doFilter(request, response);
		String location = response.getHeader("Location");
		if (location != null && location.contains("?error")) {
			this.attempts.failed(username, address);
		}
		else if (response.getStatus() < 400 && location != null) {
			this.attempts.succeeded(username, address);
		}
	}

}
