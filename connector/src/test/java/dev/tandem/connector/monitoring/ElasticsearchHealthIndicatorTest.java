package dev.tandem.connector.monitoring;

import java.io.IOException;
import java.net.ConnectException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.ElasticsearchClusterClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ElasticsearchHealthIndicatorTest {

	private final ElasticsearchConnection connection = mock(ElasticsearchConnection.class);

	private final ElasticsearchClusterClient cluster = mock(ElasticsearchClusterClient.class);

	ElasticsearchHealthIndicatorTest() {
		ElasticsearchClient client = mock(ElasticsearchClient.class);
		when(this.connection.client()).thenReturn(client);
		when(client.cluster()).thenReturn(this.cluster);
	}

	@Test
	void isDownAndSaysWhyWhenElasticsearchRefusesConnections() throws IOException {
		when(this.cluster.health())
			.thenThrow(new IOException("request failed", new ConnectException("Connection refused")));

		Health health = new ElasticsearchHealthIndicator(this.connection).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("elasticsearch"))
			.isEqualTo("not answering: ConnectException: Connection refused");
	}

	@Test
	void isDownWhenTheClusterIsRed() throws IOException {
		HealthResponse red = mock(HealthResponse.class);
		when(red.status()).thenReturn(HealthStatus.Red);
		when(this.cluster.health()).thenReturn(red);

		Health health = new ElasticsearchHealthIndicator(this.connection).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("status", "red");
	}

	@Test
	void isUpWhenTheClusterIsYellow() throws IOException {
		HealthResponse yellow = mock(HealthResponse.class);
		when(yellow.status()).thenReturn(HealthStatus.Yellow);
		when(this.cluster.health()).thenReturn(yellow);

		assertThat(new ElasticsearchHealthIndicator(this.connection).health().getStatus()).isEqualTo(Status.UP);
	}

}
