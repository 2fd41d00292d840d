package dev.tandem.kb.localnode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalElasticsearchIT {

	@Test
	void reportsTheRunningSharedNodeAndReusesItInsteadOfStartingAnother() {
		var uri = SharedElasticsearch.uri();
		LocalElasticsearch node = new LocalElasticsearch(
				LocalElasticsearchProperties.of(uri.getPort(), Path.of("unused")));

		LocalNodeStatus status = node.status();

		assertThat(status.state()).isEqualTo(LocalNodeStatus.State.RUNNING);
		assertThat(status.version()).contains("8.19.21");
		assertThat(status.health()).hasValueSatisfying((health) -> assertThat(health).isIn("green", "yellow"));
		assertThat(node.ensureRunning((line) -> {
			throw new AssertionError("must not start a second node: " + line);
		})).isEqualTo(uri);
	}

	@Test
	void refusesToStartWhenSomethingElseHoldsThePort(@TempDir Path home) throws IOException {
		HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		other.createContext("/", (exchange) -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		other.start();
		try {
			LocalElasticsearch node = new LocalElasticsearch(
					LocalElasticsearchProperties.of(other.getAddress().getPort(), home));

			assertThat(node.status().state()).isEqualTo(LocalNodeStatus.State.PORT_TAKEN);
			assertThatExceptionOfType(LocalElasticsearchException.class).isThrownBy(() -> node.ensureRunning((l) -> {
			}))
				.withMessageContaining("is held by something that is not Tandem's local Elasticsearch")
				.withMessageContaining("--tandem.local-es.port");
		}
		finally {
			other.stop(0);
		}
	}

	@Test
	void stopIsANoOpWhenThisHomeStartedNothing(@TempDir Path home) {
		LocalElasticsearch node = new LocalElasticsearch(LocalElasticsearchProperties.of(1, home));

		assertThat(node.stop()).isFalse();
		assertThat(node.status().state()).isEqualTo(LocalNodeStatus.State.STOPPED);
	}

}
