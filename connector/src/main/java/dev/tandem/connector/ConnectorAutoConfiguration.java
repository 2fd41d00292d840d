package dev.tandem.connector;

import java.time.Clock;

import dev.tandem.connector.triage.TicketUnderstanding;
import dev.tandem.connector.triage.UnderstandingAdapter;
import dev.tandem.kb.KnowledgeBaseAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The connector in any Spring Boot process (the connector service, the admin UI): every
 * feature's configuration and controllers under {@code dev.tandem.connector}.
 * {@code tandem.connector.enabled=false} leaves all of it out (admin UI only).
 */
@AutoConfiguration(after = KnowledgeBaseAutoConfiguration.class)
@ConditionalOnProperty(name = "tandem.connector.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan(basePackages = "dev.tandem.connector",
		excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class) })
public class ConnectorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** The understanding module, unless the process provides its own. */
	@Bean
	@ConditionalOnMissingBean
	TicketUnderstanding ticketUnderstanding() {
		return UnderstandingAdapter.withDefaults();
	}

}
