package dev.tandem.kb.evaluation;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage errors of {@code kb-indexer out-of-scope}, before anything is read or stored. */
class OutOfScopeCommandTest {

	@Test
	void importWithoutAFileIsAUsageError() {
		assertThat(new CommandLine(new OutOfScopeCommand(null)).execute("import")).isEqualTo(2);
	}

	@Test
	void anUnknownActionIsAUsageErrorNamingTheActions() {
		java.io.StringWriter err = new java.io.StringWriter();
		CommandLine cli = new CommandLine(new OutOfScopeCommand(null));
		cli.setErr(new java.io.PrintWriter(err));
		assertThat(cli.execute("frobnicate")).isEqualTo(2);
		assertThat(err.toString()).contains("unknown action 'frobnicate': use import, list or clear");
	}

	@Test
	void actionsAreReadInAnyCase() {
		assertThat(new OutOfScopeCommand.ActionConverter().convert("Import"))
			.isEqualTo(OutOfScopeCommand.Action.IMPORT);
	}

}
