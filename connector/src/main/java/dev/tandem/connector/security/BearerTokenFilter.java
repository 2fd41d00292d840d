package dev.tandem.connector.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <tandem.api.token>} as the principal
 * {@code api}. Anything else passes through unauthenticated (basic auth or a refusal
 * follows).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiToken token;

	BearerTokenFilter(ApiToken token) {
		this.token = token;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				&& this.token.matches(header.substring(PREFIX.length()).strip())) {
			UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
				.authenticated("api", null, List.of(new SimpleGrantedAuthority("ROLE_API")));
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
		chain.doFilter(request, response);
	}

}
