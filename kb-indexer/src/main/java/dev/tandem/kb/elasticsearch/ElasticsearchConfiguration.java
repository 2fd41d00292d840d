package dev.tandem.kb.elasticsearch;

import dev.tandem.kb.localnode.LocalElasticsearch;
import dev.tandem.kb.localnode.LocalElasticsearchProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ElasticsearchSettings.class, LocalElasticsearchProperties.class, IndexNames.class })
public class ElasticsearchConfiguration {

	@Bean
	LocalElasticsearch localElasticsearch(LocalElasticsearchProperties properties) {
		return new LocalElasticsearch(properties);
	}

	@Bean(destroyMethod = "close")
	ElasticsearchConnection elasticsearchConnection(ElasticsearchSettings settings, LocalElasticsearch localNode) {
		return new ElasticsearchConnection(settings, localNode);
	}

}
