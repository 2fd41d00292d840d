package dev.tandem.kb.localnode;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer local-es start|stop|status}: manage the local single-node
 * Elasticsearch by hand.
 */
@Component
@Command(name = "local-es", mixinStandardHelpOptions = true,
		description = { "Start, stop or inspect the local single-node Elasticsearch (127.0.0.1, no Docker).",
				"Port and folder: --tandem.local-es.port=9200 --tandem.local-es.home=~/.tandem/elasticsearch" })
public class LocalEsCommand implements Callable<Integer> {

	enum Action {

		start, stop, status

	}

	@Parameters(index = "0", paramLabel = "ACTION", description = "start, stop or status")
	Action action;

	private final LocalElasticsearch localNode;

	public LocalEsCommand(LocalElasticsearch localNode) {
		this.localNode = localNode;
	}

	@Override
	public Integer call() {
		try {
			return switch (this.action) {
				case start -> start();
				case stop -> stop();
				case status -> status();
			};
		}
		catch (LocalElasticsearchException ex) {
			System.err.println("local-es " + this.action + " failed: " + ex.getMessage());
			return 1;
		}
	}

	private int start() {
		this.localNode.ensureRunning(System.out::println);
		System.out.println(this.localNode.status().describe());
		return 0;
	}

	private int stop() {
		LocalNodeStatus before = this.localNode.status();
		if (this.localNode.stop()) {
			System.out.println("Stopped Elasticsearch at " + before.uri());
			return 0;
		}
		if (before.state() == LocalNodeStatus.State.RUNNING) {
			System.err.println("Elasticsearch answers at " + before.uri() + " but was not started from " + before.home()
					+ " (no pid file): stop it where it was started.");
			return 1;
		}
		System.out.println("Elasticsearch was not running (" + before.uri() + ")");
		return 0;
	}

	/**
	 * Exit status 0 when running, 3 when stopped (like LSB init scripts), 1 when the port
	 * is taken.
	 */
	private int status() {
		LocalNodeStatus status = this.localNode.status();
		System.out.println(status.describe());
		return switch (status.state()) {
			case RUNNING -> 0;
			case STOPPED -> 3;
			case PORT_TAKEN -> 1;
		};
	}

}
