package dev.tandem.connector.monitoring;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP only when Elasticsearch answers and is not red: without it the connector can store
 * nothing, so a load balancer should send Jira's deliveries elsewhere. When DOWN, the
 * detail says why in words an operator can act on (refused, timed out, red).
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator implements HealthIndicator {

	private final ElasticsearchConnection connection;

	ElasticsearchHealthIndicator(ElasticsearchConnection connection) {
		this.connection = connection;
	}

	@Override
	public Health health() {
		HealthStatus status;
		try {
			status = this.connection.client().cluster().health().status();
		}
		catch (IOException | RuntimeException ex) {
			return Health.down()
				.withDetail("elasticsearch", "not answering: " + reason(ex))
				.withDetail("effect", "webhooks are answered 503 (Jira retries); case work waits")
				.build();
		}
		if (status == HealthStatus.Red) {
			return Health.down()
				.withDetail("status", status.jsonValue())
				.withDetail("elasticsearch", "cluster is red: some primary shards are unassigned")
				.build();
		}
		return Health.up().withDetail("status", status.jsonValue()).build();
	}

	/** The innermost cause's type and message: "ConnectException: Connection refused". */
	static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : "no message";
		return root.getClass().getSimpleName() + ": " + message;
	}

}
