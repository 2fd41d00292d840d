package dev.tandem.connector.alerts;

import java.time.Clock;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertProperties.class)
class AlertConfiguration {

	@Bean
	AlertStore alertStore(DocumentIndexes indexes, AuditLog audit) {
		return new AlertStore(indexes, audit);
	}

	@Bean
	SpikeDetector spikeDetector(DocumentIndexes indexes, AlertProperties properties, Clock clock) {
		return new SpikeDetector(indexes, properties, clock);
	}

	@Bean
	AlertMonitor alertMonitor(SpikeDetector detector, AlertStore store, AuditLog audit, OperatingMode mode,
			JiraSite jira, ApplicationEventPublisher events, AlertProperties properties, Clock clock) {
		return new AlertMonitor(detector, store, audit, mode, jira, events, properties, clock);
	}

}
