package dev.tandem.kb.localnode;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code local-es status} reports.
 *
 * @param state whether the node runs, and whether it is ours
 * @param uri where it answers
 * @param pid process id when we started it
 * @param health cluster health colour when it answers
 * @param version Elasticsearch version when it answers
 * @param home data and configuration folder
 * @param logFile the node's main log
 */
public record LocalNodeStatus(State state, URI uri, Optional<Long> pid, Optional<String> health,
		Optional<String> version, Path home, Path logFile) {

	public enum State {

		/** Our node answers on the port. */
		RUNNING,
		/** Nothing listens on the port. */
		STOPPED,
		/** Something else holds the port. */
		PORT_TAKEN

	}

	public String describe() {
		return switch (this.state) {
			case RUNNING -> "Elasticsearch %s is running at %s (cluster %s%s)%n  data and config: %s%n  log: %s"
				.formatted(this.version.orElse("?"), this.uri, this.health.orElse("?"),
						this.pid.map((p) -> ", pid " + p).orElse(""), this.home, this.logFile);
			case STOPPED -> "Elasticsearch is not running (would answer at %s)%n  data and config: %s%n  log: %s"
				.formatted(this.uri, this.home, this.logFile);
			case PORT_TAKEN -> "Port %d is held by something that is not Tandem's local Elasticsearch (%s)"
				.formatted(this.uri.getPort(), this.health.orElse("unknown answer"));
		};
	}

}
