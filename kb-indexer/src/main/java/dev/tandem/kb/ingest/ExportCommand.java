package dev.tandem.kb.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.ingest.internal.ImportFiles;
import dev.tandem.kb.ingest.internal.StatusConverter;

/**
 * {@code kb-indexer export [--output FILE] [--status ...]}: writes articles as JSON Lines
 * that import back unchanged.
 */
@Component
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Exports knowledge-base articles as JSON Lines in the import format (ordered by id).",
				"Importing the file again finds every article unchanged." })
public class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "File to write (replaced only when the export succeeded); standard output when absent.")
	Path output;

	@Option(names = "--status", paramLabel = "STATUS", split = ",", converter = StatusConverter.class,
			description = "Export only articles with these statuses (DRAFT, PUBLISHED, ARCHIVED; repeat or separate "
					+ "with commas); all when absent.")
	List<ArticleStatus> statuses = new ArrayList<>();

	Supplier<OutputStream> standardOutput = () -> System.out;

	private final ObjectProvider<ArticleRepository> repositories;

	public ExportCommand(ObjectProvider<ArticleRepository> repositories) {
		this.repositories = repositories;
	}

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		ArticleRepository repository = this.repositories.getIfAvailable();
		if (repository == null) {
			err.println("no article store is configured in this build; nothing was exported");
			return 1;
		}
		Set<ArticleStatus> wanted = this.statuses.isEmpty() ? Set.of() : EnumSet.copyOf(this.statuses);
		ArticleExporter exporter = new ArticleExporter(repository);
		try {
			if (this.output == null) {
				Writer writer = new OutputStreamWriter(this.standardOutput.get(), StandardCharsets.UTF_8);
				long count = exporter.export(wanted, writer);
				err.println("exported " + count + " article" + ((count == 1) ? "" : "s"));
			}
			else {
				long count = exportToFile(exporter, wanted);
				err.println("exported " + count + " article" + ((count == 1) ? "" : "s") + " to " + this.output);
			}
			err.flush();
			return 0;
		}
		catch (IOException ex) {
			err.println("export failed: " + ImportFiles.describe(ex) + "; " + this.output + " was not changed");
			return 1;
		}
		catch (ArticleStoreException ex) {
			err.println("export failed: the article store failed: " + ex.getMessage()
					+ ((this.output != null) ? "; " + this.output + " was not changed" : ""));
			return 1;
		}
	}

	/**
	 * Writes next to the target and moves into place, so that a failed export leaves the
	 * old file as it was.
	 */
	private long exportToFile(ArticleExporter exporter, Set<ArticleStatus> wanted) throws IOException {
		Path target = this.output.toAbsolutePath();
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			long count;
			try (OutputStream out = Files.newOutputStream(temporary)) {
				count = exporter.export(wanted, out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return count;
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
