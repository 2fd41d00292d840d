package dev.tandem.connector.cases;

import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

	@Bean
	CaseStore caseStore(DocumentIndexes indexes) {
		return new CaseStore(indexes);
	}

}
