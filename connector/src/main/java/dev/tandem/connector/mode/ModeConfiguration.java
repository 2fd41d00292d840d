package dev.tandem.connector.mode;

import java.time.Clock;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModeProperties.class)
class ModeConfiguration {

	@Bean
	OperatingMode operatingMode(DocumentIndexes indexes, ModeProperties properties, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		return new OperatingMode(indexes, properties, audit, events, clock);
	}

}
