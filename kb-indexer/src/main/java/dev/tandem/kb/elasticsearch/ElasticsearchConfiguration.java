package dev.tandem.kb.elasticsearch;

import java.time.Clock;

import dev.tandem.kb.localnode.LocalElasticsearch;
import dev.tandem.kb.localnode.LocalElasticsearchProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ElasticsearchSettings.class, LocalElasticsearchProperties.class, IndexNames.class,
		IndexSettings.class })
public class ElasticsearchConfiguration {

	@Bean
	LocalElasticsearch localElasticsearch(LocalElasticsearchProperties properties) {
		return new LocalElasticsearch(properties);
	}

	@Bean(destroyMethod = "close")
	ElasticsearchConnection elasticsearchConnection(ElasticsearchSettings settings, LocalElasticsearch localNode) {
		return new ElasticsearchConnection(settings, localNode);
	}

	@Bean
	IndexLifecycle indexLifecycle(ElasticsearchConnection connection, IndexNames names, IndexSettings settings,
			ObjectProvider<Clock> clock) {
		return new IndexLifecycle(connection, names, settings, clock.getIfAvailable(Clock::systemUTC));
	}

}
