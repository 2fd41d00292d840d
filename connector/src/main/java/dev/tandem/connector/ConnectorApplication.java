package dev.tandem.connector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The headless connector service. Its beans come from {@link ConnectorAutoConfiguration}
 * (not from scanning here), so the admin UI gets exactly the same connector in its own
 * process. Without users of its own, only the bearer token opens {@code /api/v1} (no
 * generated basic-auth user).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = UserDetailsServiceAutoConfiguration.class)
public class ConnectorApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConnectorApplication.class, args);
	}

}
