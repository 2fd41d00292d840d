package dev.tandem.kb.cli;

import java.util.Comparator;
import java.util.Map;

import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.ElasticsearchFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The root of {@code java -jar kb-indexer.jar}: every Spring bean annotated with
 * picocli's {@link Command} becomes a subcommand, so a feature adds a command without
 * touching this class.
 */
@Component
@Command(name = "kb-indexer", mixinStandardHelpOptions = true, versionProvider = KbIndexerCommandLine.Version.class,
		description = "Tandem's knowledge base: import, search, evaluate, and the local Elasticsearch.",
		subcommands = CommandLine.HelpCommand.class)
public class KbIndexerCommandLine implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(KbIndexerCommandLine.class);

	private final ApplicationContext context;

	public KbIndexerCommandLine(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * Runs the command line; Spring's own options ({@code --key=value}) are left to
	 * Spring.
	 */
	public int execute(String... args) {
		CommandLine root = new CommandLine(this);
		Map<String, Object> commands = this.context.getBeansWithAnnotation(Command.class);
		commands.values()
			.stream()
			.filter((bean) -> bean != this)
			.sorted(Comparator.comparing(KbIndexerCommandLine::name))
			.forEach((bean) -> root.addSubcommand(name(bean), bean));
		root.setUnmatchedOptionsArePositionalParams(false);
		root.setUnmatchedArgumentsAllowed(false);
		root.setExecutionExceptionHandler(this::failed);
		return root.execute(withoutSpringOptions(args));
	}

	/**
	 * The command boundary: whatever a command did not handle ends as one clear line on
	 * standard error and exit status 1, never as a stack trace.
	 */
	private int failed(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		String message = String.valueOf(ex.getMessage());
		if (ElasticsearchFailure.isUnreachable(ex) && !message.contains("is not reachable")) {
			String address = this.context.getBeanProvider(ElasticsearchConnection.class)
				.stream()
				.findFirst()
				.map(ElasticsearchConnection::address)
				.orElse("the configured address");
			message = "Elasticsearch at " + address + " is not reachable: " + ElasticsearchFailure.rootMessage(ex);
		}
		commandLine.getErr().println(commandLine.getCommandName() + " failed: " + message);
		log.debug("{} failed", commandLine.getCommandName(), ex);
		return 1;
	}

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

	private static String name(Object bean) {
		Command command = org.springframework.aop.support.AopUtils.getTargetClass(bean).getAnnotation(Command.class);
		return command.name();
	}

	/**
	 * {@code --tandem.local-es.port=9201} and similar are Spring properties, not options
	 * of any command.
	 */
	static String[] withoutSpringOptions(String[] args) {
		return java.util.Arrays.stream(args)
			.filter((arg) -> !(arg.startsWith("--") && arg.contains(".") && arg.contains("=")))
			.toArray(String[]::new);
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = KbIndexerCommandLine.class.getPackage().getImplementationVersion();
			return new String[] { "kb-indexer " + ((version != null) ? version : "(development build)") };
		}

	}

}
