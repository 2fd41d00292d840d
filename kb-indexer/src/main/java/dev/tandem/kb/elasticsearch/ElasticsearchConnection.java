package dev.tandem.kb.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tandem.kb.localnode.LocalElasticsearch;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Elasticsearch client of a Tandem process, created on first use: a command that
 * needs no cluster (help, {@code local-es status}) never starts the local node, and a
 * process that does need one starts it only then.
 */
public class ElasticsearchConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ElasticsearchConnection.class);

	private static final int MAX_CONNECTIONS_PER_NODE = 32;

	private static final int MAX_CONNECTIONS = 64;

	private final ElasticsearchSettings settings;

	private final LocalElasticsearch localNode;

	private RestClient restClient;

	private ElasticsearchClient client;

	public ElasticsearchConnection(ElasticsearchSettings settings, LocalElasticsearch localNode) {
		this.settings = settings;
		this.localNode = localNode;
	}

	/**
	 * The client, connecting (and starting the local node when no cluster is configured)
	 * on first call.
	 */
	public synchronized ElasticsearchClient client() {
		if (this.client == null) {
			List<URI> endpoints = endpoints();
			this.restClient = restClient(endpoints);
			ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
				.registerModule(new JavaTimeModule())
				.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
			this.client = new ElasticsearchClient(
					new RestClientTransport(this.restClient, new JacksonJsonpMapper(mapper)));
			log.info("Using Elasticsearch at {}", endpoints);
		}
		return this.client;
	}

	/**
	 * Where the cluster is: the configured addresses, or the local node (started when
	 * needed).
	 */
	public synchronized List<URI> endpoints() {
		if (!this.settings.usesLocalNode()) {
			return this.settings.uris();
		}
		return List.of(this.localNode.ensureRunning(log::info));
	}

	/**
	 * The cluster's health colour, or empty when it does not answer. Uses
	 * {@code /_cluster/health}: the distribution we run answers 405 on {@code /}, so the
	 * client's ping() cannot be used.
	 */
	public Optional<HealthStatus> health() {
		try {
			return Optional.of(client().cluster().health().status());
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Elasticsearch health check failed", ex);
			return Optional.empty();
		}
	}

	/**
	 * Where the cluster is, for messages: the configured addresses or the local node's.
	 * Never connects and never starts the local node.
	 */
	public String address() {
		List<URI> uris = this.settings.usesLocalNode() ? List.of(this.localNode.uri()) : this.settings.uris();
		return String.join(", ", uris.stream().map(URI::toString).toList());
	}

	public ElasticsearchSettings settings() {
		return this.settings;
	}

	@Override
	public synchronized void close() {
		if (this.restClient != null) {
			try {
				this.restClient.close();
			}
			catch (IOException ex) {
				log.debug("Closing the Elasticsearch client failed", ex);
			}
			this.restClient = null;
			this.client = null;
		}
	}

	private RestClient restClient(List<URI> endpoints) {
		HttpHost[] hosts = endpoints.stream()
			.map((uri) -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
			.toArray(HttpHost[]::new);
		RestClientBuilder builder = RestClient.builder(hosts)
			.setRequestConfigCallback(
					(config) -> config.setConnectTimeout((int) this.settings.connectionTimeout().toMillis())
						.setSocketTimeout((int) this.settings.socketTimeout().toMillis()));
		this.settings.apiKey()
			.ifPresent((key) -> builder
				.setDefaultHeaders(new Header[] { new BasicHeader("Authorization", "ApiKey " + key) }));
		Optional<BasicCredentialsProvider> credentials = this.settings.username().map((user) -> {
			BasicCredentialsProvider provider = new BasicCredentialsProvider();
			provider.setCredentials(AuthScope.ANY,
					new UsernamePasswordCredentials(user, this.settings.password().orElse("")));
			return provider;
		});
		// The client's default pool (10 connections per node) queued the connector's
		// requests under load:
		// several case workers, the priority lane and the sweep each hold a connection
		// while Elasticsearch
		// syncs a write to disk (profiled in docs/benchmarks.md, connector throughput).
		builder.setHttpClientConfigCallback((http) -> {
			http.setMaxConnPerRoute(MAX_CONNECTIONS_PER_NODE).setMaxConnTotal(MAX_CONNECTIONS);
			credentials.ifPresent(http::setDefaultCredentialsProvider);
			return http;
		});
		return builder.build();
	}

}
