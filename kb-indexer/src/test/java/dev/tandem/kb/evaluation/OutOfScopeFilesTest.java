package dev.tandem.kb.evaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.tandem.kb.evaluation.internal.EvaluationFiles;
import dev.tandem.kb.evaluation.internal.EvaluationFiles.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The files {@code out-of-scope import} and {@code eval --out-of-scope-examples} read:
 * JSON Lines as for {@code ask}, or plain text, one question a line; anything else is
 * refused by name.
 */
class OutOfScopeFilesTest {

	@TempDir
	Path dir;

	@Test
	void aTextFileGivesOneQuestionALineWithoutBlanksOrDuplicates() throws Exception {
		Path file = this.dir.resolve("out-of-scope.TXT");
		Files.writeString(file, "  book a table \n\n天气怎么样\nbook a table\n", StandardCharsets.UTF_8);
		assertThat(new EvaluationFiles().outOfScopeExamples(file).texts()).containsExactly("book a table", "天气怎么样");
	}

	@Test
	void jsonLinesGiveTheirTexts() throws Exception {
		Path file = this.dir.resolve("out-of-scope.jsonl");
		Files.writeString(file, "{\"id\": \"a\", \"text\": \"order a pizza\"}\n{\"text\": \"weather?\"}\n",
				StandardCharsets.UTF_8);
		assertThat(new EvaluationFiles().outOfScopeExamples(file).texts()).containsExactly("order a pizza", "weather?");
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedByName() throws Exception {
		Path file = this.dir.resolve("latin1.txt");
		Files.write(file, "caf\u00e9 opening hours\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> new EvaluationFiles().outOfScopeExamples(file))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Cannot read " + file + ": it is not UTF-8 text (save it as UTF-8)");
	}

	@Test
	void anAnswerableQuestionIsRefusedWithItsIdAndArticle() throws Exception {
		Path file = this.dir.resolve("mixed.jsonl");
		Files.writeString(file, "{\"id\": \"r1\", \"text\": \"refund?\", \"expected\": \"refund-time\"}\n",
				StandardCharsets.UTF_8);
		assertThatThrownBy(() -> new EvaluationFiles().outOfScopeExamples(file))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("question r1 names an expected article (refund-time)");
	}

}
