package dev.tandem.connector.audit;

import java.time.Clock;

import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditLog auditLog(DocumentIndexes indexes, Clock clock) {
		return new AuditLog(indexes, clock);
	}

}
