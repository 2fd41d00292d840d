package dev.tandem.kb.localnode;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import dev.tandem.kb.localnode.LocalNodeStatus.State;
import dev.tandem.kb.localnode.internal.ClusterProbe;
import dev.tandem.kb.localnode.internal.ElasticsearchDistribution;
import dev.tandem.kb.localnode.internal.NodeLayout;
import dev.tandem.kb.localnode.internal.NodeProcess;

/**
 * Tandem's own single-node Elasticsearch on 127.0.0.1, for a laptop, the demo and the
 * tests: started on demand from the official distribution, reused when already up, data
 * kept between runs.
 */
public class LocalElasticsearch {

	private final LocalElasticsearchProperties properties;

	private final NodeLayout layout;

	private final NodeProcess process;

	private final ClusterProbe probe = new ClusterProbe();

	public LocalElasticsearch(LocalElasticsearchProperties properties) {
		this.properties = properties;
		this.layout = new NodeLayout(properties.home().toAbsolutePath());
		this.process = new NodeProcess(this.layout);
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.properties.port());
	}

	public LocalNodeStatus status() {
		return switch (this.probe.probe(uri())) {
			case ClusterProbe.Answer.Ours ours -> new LocalNodeStatus(State.RUNNING, uri(),
					this.process.running().map(ProcessHandle::pid), Optional.of(ours.health()),
					this.probe.version(uri()), this.layout.home(), this.layout.logFile());
			case ClusterProbe.Answer.Foreign foreign -> new LocalNodeStatus(State.PORT_TAKEN, uri(), Optional.empty(),
					Optional.of(foreign.description()), Optional.empty(), this.layout.home(), this.layout.logFile());
			case ClusterProbe.Answer.Nothing nothing -> new LocalNodeStatus(State.STOPPED, uri(), Optional.empty(),
					Optional.empty(), Optional.empty(), this.layout.home(), this.layout.logFile());
		};
	}

	/**
	 * Returns the node's address, starting it first when nothing answers. Several
	 * processes may call this at once (two connectors, parallel tests): a file lock in
	 * the home lets one start the node while the others wait.
	 * @throws LocalElasticsearchException when the port is held by something else or the
	 * node cannot start
	 */
	public URI ensureRunning(Consumer<String> progress) {
		LocalNodeStatus status = status();
		if (status.state() == State.RUNNING) {
			return uri();
		}
		failIfPortTaken(status);
		try {
			Files.createDirectories(this.layout.home());
			try (FileChannel channel = FileChannel.open(this.layout.home().resolve(".start.lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				status = status();
				if (status.state() == State.RUNNING) {
					return uri();
				}
				failIfPortTaken(status);
				start(progress);
				return uri();
			}
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Cannot use " + this.layout.home() + ": " + ex.getMessage(), ex);
		}
	}

	/** Stops the node if we started it; returns whether anything was stopped. */
	public boolean stop() {
		return this.process.stop(Duration.ofSeconds(30));
	}

	private void start(Consumer<String> progress) {
		Instant begin = Instant.now();
		progress.accept("Starting Elasticsearch " + ElasticsearchDistribution.VERSION + " on " + uri() + " (data in "
				+ this.layout.home() + ") ...");
		Path distribution = new ElasticsearchDistribution(this.properties.distribution())
			.unpackInto(this.layout.home());
		this.layout.prepare(distribution, this.properties.port());
		this.process.launch(distribution, this.properties.heap(), this.properties.startupTimeout(), progress);
		awaitHealthy(begin);
		progress.accept("Elasticsearch is up after " + Duration.between(begin, Instant.now()).toSeconds() + " s");
	}

	private void awaitHealthy(Instant begin) {
		Instant deadline = begin.plus(this.properties.startupTimeout());
		while (Instant.now().isBefore(deadline)) {
			if (this.probe.probe(uri()) instanceof ClusterProbe.Answer.Ours ours && !"red".equals(ours.health())) {
				return;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LocalElasticsearchException("Interrupted while waiting for Elasticsearch", ex);
			}
		}
		throw new LocalElasticsearchException("Elasticsearch did not report a healthy cluster at " + uri() + " within "
				+ this.properties.startupTimeout().toSeconds() + " s." + this.process.logTail(25));
	}

	private void failIfPortTaken(LocalNodeStatus status) {
		if (status.state() == State.PORT_TAKEN) {
			throw new LocalElasticsearchException(status.describe() + ". Stop it, choose another port with"
					+ " --tandem.local-es.port=..., or point spring.elasticsearch.uris at a cluster to use.");
		}
	}

}
