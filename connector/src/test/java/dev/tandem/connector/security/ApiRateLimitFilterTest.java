package dev.tandem.connector.security;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ApiRateLimitFilterTest {

	private final ApiRateLimitFilter filter = new ApiRateLimitFilter(
			new TokenBuckets(2, 60, new TokenBucketsTest.MutableClock()));

	@Test
	void answers429WithRetryAfterOnceAClientUsedItsBurst() throws Exception {
		assertThat(call("/api/v1/cases", "Bearer t").getStatus()).isEqualTo(200);
		assertThat(call("/api/v1/cases", "Bearer t").getStatus()).isEqualTo(200);

		MockHttpServletResponse refused = call("/api/v1/cases", "Bearer t");

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentAsString()).contains("too many requests");
	}

	@Test
	void guessingOtherTokensDoesNotResetTheLimitOfTheAddress() throws Exception {
		call("/api/v1/cases", "Bearer guess-1");
		call("/api/v1/cases", "Bearer guess-2");

		assertThat(call("/api/v1/cases", "Bearer guess-3").getStatus()).isEqualTo(429);
		assertThat(call("/api/v1/cases", null).getStatus()).isEqualTo(429);
	}

	@Test
	void leavesWebhooksAndTheUiAlone() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(call("/webhooks/jira", null).getStatus()).isEqualTo(200);
		}
	}

	private MockHttpServletResponse call(String path, String authorization) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		return response;
	}

}
