package dev.tandem.kb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KbIndexerApplication {

	public static void main(String[] args) {
		SpringApplication.run(KbIndexerApplication.class, args);
	}

}
