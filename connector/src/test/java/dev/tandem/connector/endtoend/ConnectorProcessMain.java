package dev.tandem.connector.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import dev.tandem.connector.ConnectorApplication;
import dev.tandem.connector.triage.AnswerCandidates;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Entry point of a {@link ConnectorProcess}: the connector as the jar runs it, with the
 * tests' fake knowledge base; writes its HTTP port to the file named by the first
 * argument once it serves (the parent waits for that file).
 */
public final class ConnectorProcessMain {

	private ConnectorProcessMain() {
	}

	public static void main(String[] args) throws IOException {
		Path portFile = Path.of(args[0]);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConnectorApplication.class)
			.initializers(
					(GenericApplicationContext app) -> app.registerBean(AnswerCandidates.class, FakeKnowledgeBase::new))
			.run(Arrays.copyOfRange(args, 1, args.length));
		String port = context.getEnvironment().getProperty("local.server.port");
		Path partial = portFile.resolveSibling(portFile.getFileName() + ".partial");
		Files.writeString(partial, port);
		Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE);
	}

}
