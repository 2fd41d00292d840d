package dev.tandem.connector.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits {@code /api/**} requests per client address, before authentication, so that
 * guessing tokens or passwords is limited as well. Over the limit: 429 with
 * {@code Retry-After} in seconds. Webhooks are not limited here: Jira delivers bursts by
 * design and retries on 429.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiRateLimitFilter.class);

	private final TokenBuckets buckets;

	ApiRateLimitFilter(TokenBuckets buckets) {
		this.buckets = buckets;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = this.buckets.take(clientKey(request));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		log.warn("Rate limit: refused {} {} from {} (retry after {} s; tandem.api.rate-limit.*)", request.getMethod(),
				request.getRequestURI(), request.getRemoteAddr(), seconds);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter()
			.write("{\"error\":\"too many requests: retry after " + seconds + " s\",\"retryAfterSeconds\":" + seconds
					+ "}");
	}

	/**
	 * The client's address. Not the credentials: a client guessing tokens would get a
	 * fresh budget with every guess.
	 */
	static String clientKey(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
