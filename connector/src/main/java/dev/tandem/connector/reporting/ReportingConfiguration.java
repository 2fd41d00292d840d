package dev.tandem.connector.reporting;

import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

	@Bean
	Reporting reporting(DocumentIndexes indexes) {
		return new Reporting(indexes);
	}

}
