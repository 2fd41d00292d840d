package dev.tandem.connector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The headless connector service. Its beans come from {@link ConnectorAutoConfiguration}
 * (not from scanning here), so the admin UI gets exactly the same connector in its own
 * process.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ConnectorApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConnectorApplication.class, args);
	}

}
