package dev.tandem.connector.store;

import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexNames;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

	@Bean
	DocumentIndexes documentIndexes(ElasticsearchConnection connection, IndexNames names, StoreProperties properties) {
		return new DocumentIndexes(connection, names, properties);
	}

}
