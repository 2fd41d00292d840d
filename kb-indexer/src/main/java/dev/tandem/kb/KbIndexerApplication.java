package dev.tandem.kb;

import java.util.Map;

import picocli.CommandLine.Command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The {@code kb-indexer} command line. Its services come from
 * {@link KnowledgeBaseAutoConfiguration} (as in the connector and the admin UI); only the
 * picocli commands are found by scanning.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Command.class))
public class KbIndexerApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplicationBuilder(KbIndexerApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(cliDefaults())
			.build();
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		ConfigurableApplicationContext context = application.run(args);
		int exitCode = context.getBean(dev.tandem.kb.cli.KbIndexerCommandLine.class).execute(args);
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

	/**
	 * A command line prints results, not logs: only warnings, and Tandem's own progress
	 * lines, plainly, on standard error (standard output carries results such as
	 * {@code export}'s).
	 */
	private static Map<String, Object> cliDefaults() {
		return Map.of("logging.level.root", "WARN", "logging.level.dev.tandem", "INFO", "logging.pattern.console",
				"%m%n%wEx", "logging.config", "classpath:dev/tandem/kb/cli-logback.xml");
	}

}
