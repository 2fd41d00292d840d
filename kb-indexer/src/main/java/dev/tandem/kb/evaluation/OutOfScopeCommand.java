package dev.tandem.kb.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CalibrationProgress;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.calibration.OutOfScopeExamples;
import dev.tandem.kb.evaluation.internal.EvaluationFiles;
import dev.tandem.kb.evaluation.internal.EvaluationFiles.InvalidInputException;
import dev.tandem.kb.retrieval.RetrievalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer out-of-scope import FILE [--append] | list | clear}: the questions
 * the knowledge base is known not to cover, which calibration asks as well (see
 * {@link OutOfScopeExamples}). Every change recalibrates at once, with progress.
 */
@Component
@Command(name = "out-of-scope", mixinStandardHelpOptions = true, description = {
		"Keep questions the knowledge base does not cover, so calibration measures how many such questions would get an automatic answer.",
		"import FILE: replace them with the questions of FILE ({\"text\": \"...\"} a line, as for ask, or a .txt file of one question a line; --append to add);",
		"list: print them as JSON Lines; clear: remove them. import and clear recalibrate." })
public class OutOfScopeCommand implements Callable<Integer> {

	enum Action {

		IMPORT, LIST, CLEAR

	}

	@Parameters(index = "0", paramLabel = "ACTION", description = "import, list or clear",
			converter = ActionConverter.class)
	Action action;

	@Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "questions, JSON Lines (import)")
	Path file;

	@Option(names = "--append", description = "import: add to the stored questions instead of replacing them")
	boolean append;

	private final CalibrationService calibration;

	public OutOfScopeCommand(CalibrationService calibration) {
		this.calibration = calibration;
	}

	@Override
	public Integer call() {
		try {
			return switch (this.action) {
				case IMPORT -> importFile();
				case LIST -> list();
				case CLEAR -> replace(OutOfScopeExamples.NONE, "cleared the out-of-scope examples");
			};
		}
		catch (RetrievalException | IllegalStateException ex) {
			// The list is stored before the recalibration: when that fails, the list
			// may be in place while the previous calibration stays in force.
			System.err.println("out-of-scope " + this.action.name().toLowerCase(Locale.ROOT) + " failed: "
					+ ex.getMessage() + " (if the list was stored, the previous calibration stays in force until "
					+ "`kb-indexer calibrate` succeeds)");
			return 1;
		}
	}

	private int importFile() {
		if (this.file == null) {
			System.err.println("out-of-scope import needs a FILE of questions ({\"text\": \"...\"} a line)");
			return 2;
		}
		OutOfScopeExamples read;
		OutOfScopeExamples examples;
		try {
			read = new EvaluationFiles().outOfScopeExamples(this.file);
			examples = this.append ? this.calibration.outOfScopeExamples().plus(read.texts()) : read;
		}
		catch (InvalidInputException ex) {
			System.err.println(ex.getMessage() + "; nothing was stored");
			return 1;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(this.file + ": " + ex.getMessage() + "; nothing was stored");
			return 1;
		}
		return replace(examples,
				"stored %d out-of-scope examples (%d read from %s)".formatted(examples.size(), read.size(), this.file));
	}

	private int list() {
		JsonMapper json = JsonMapper.builder().build();
		for (String text : this.calibration.outOfScopeExamples().texts()) {
			System.out.println(json.writeValueAsString(java.util.Map.of("text", text)));
		}
		return 0;
	}

	private int replace(OutOfScopeExamples examples, String done) {
		System.err.println("Recalibrating ...");
		Calibration result = this.calibration.replaceOutOfScopeExamples(examples,
				CalibrationProgress.lines(System.err::println));
		System.out.println(done);
		System.out.println(dev.tandem.kb.calibration.CalibrateCommand.describe(result));
		return 0;
	}

	/** Actions in any case ({@code import}, {@code IMPORT}). */
	static final class ActionConverter implements picocli.CommandLine.ITypeConverter<Action> {

		@Override
		public Action convert(String value) {
			try {
				return Action.valueOf(value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new picocli.CommandLine.TypeConversionException(
						"unknown action '" + value + "': use import, list or clear");
			}
		}

	}

}
