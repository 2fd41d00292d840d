package dev.tandem.connector.reporting;

import dev.tandem.connector.outcomes.OutcomeProperties;
import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

	@Bean
	Reporting reporting(DocumentIndexes indexes, ObjectProvider<OutcomeProperties> outcomes) {
		return new Reporting(indexes, outcomes.getIfAvailable(OutcomeProperties::defaults).durableAfter());
	}

}
