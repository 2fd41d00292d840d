package dev.tandem.connector.monitoring;

import java.util.Optional;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP only when Elasticsearch answers and is not red: without it the connector can store
 * nothing, so a load balancer should send Jira's deliveries elsewhere.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator implements HealthIndicator {

	private final ElasticsearchConnection connection;

	ElasticsearchHealthIndicator(ElasticsearchConnection connection) {
		this.connection = connection;
	}

	@Override
	public Health health() {
		Optional<HealthStatus> status = this.connection.health();
		if (status.isEmpty()) {
			return Health.down().withDetail("elasticsearch", "not answering").build();
		}
		Health.Builder builder = (status.get() == HealthStatus.Red) ? Health.down() : Health.up();
		return builder.withDetail("status", status.get().jsonValue()).build();
	}

}
