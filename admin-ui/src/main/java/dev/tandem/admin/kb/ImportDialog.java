package dev.tandem.admin.kb;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import dev.tandem.kb.ingest.ImportListener;
import dev.tandem.kb.ingest.ImportProgress;
import dev.tandem.kb.ingest.ImportReport;
import dev.tandem.kb.ingest.RejectedItem;

/**
 * Imports one uploaded file of articles (the import formats of the kb-indexer command
 * line), showing progress while it runs and every rejected item with its line and reason
 * afterwards. Rejected items change nothing; the valid ones are kept.
 */
class ImportDialog extends Dialog {

	static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

	static final int MAX_LISTED_PROBLEMS = 200;

	final Upload upload;

	final ProgressBar progress = new ProgressBar();

	final Paragraph status = new Paragraph();

	final Div problems = new Div();

	private final KnowledgeBaseService service;

	private final Runnable onImported;

	ImportDialog(KnowledgeBaseService service, Runnable onImported) {
		this.service = service;
		this.onImported = onImported;
		setId("import-dialog");
		setHeaderTitle(getTranslation("kb.import.title"));
		setWidth("min(720px, 96vw)");
		this.upload = new Upload(UploadHandler.toTempFile(this::imported));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(MAX_FILE_BYTES);
		this.upload.setAcceptedFileTypes(".jsonl", ".json", ".csv", ".md", ".markdown", ".html", ".htm");
		this.upload.setId("import-upload");
		this.upload.setI18n(new UploadI18N()
			.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("kb.import.choose"))
				.setMany(getTranslation("kb.import.choose")))
			.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("kb.import.drop"))
				.setMany(getTranslation("kb.import.drop")))
			.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("kb.import.one-file"))
				.setFileIsTooBig(getTranslation("kb.import.too-big"))
				.setIncorrectFileType(getTranslation("kb.import.wrong-type"))));
		this.upload.addStartedListener((event) -> {
			this.status.setText(getTranslation("kb.import.running"));
			this.progress.setVisible(true);
			this.progress.setIndeterminate(true);
			// the import runs in the upload request; polling shows its progress meanwhile
			UI.getCurrent().setPollInterval(500);
		});
		this.upload.addFileRejectedListener(
				(event) -> this.status.setText(getTranslation("kb.import.file-rejected", event.getErrorMessage())));
		this.progress.setVisible(false);
		this.status.setId("import-status");
		this.problems.setId("import-problems");
		this.problems.addClassName("tandem-import-problems");
		add(new Paragraph(getTranslation("kb.import.text")), this.upload, this.progress, this.status, this.problems);
		getFooter().add(new Button(getTranslation("kb.import.close"), (event) -> close()));
		addDialogCloseActionListener((event) -> close());
	}

	private void imported(UploadMetadata metadata, File file) throws IOException {
		UI ui = this.upload.getUI().orElseThrow();
		Path dir = Files.createTempDirectory("tandem-import");
		// never Path.of(the browser's name): it may hold "..", a drive or a NUL byte
		Path named = UploadedFileName.resolveIn(dir, metadata.fileName());
		try {
			Files.move(file.toPath(), named, StandardCopyOption.REPLACE_EXISTING);
			ImportReport report = this.service.importFile(named, new ProgressListener(ui, dir));
			ui.access(() -> finished(report, dir));
		}
		catch (RuntimeException ex) {
			ui.access(() -> failed(ex));
		}
		finally {
			Files.deleteIfExists(named);
			Files.deleteIfExists(dir);
		}
	}

	void finished(ImportReport report, Path dir) {
		UI.getCurrent().setPollInterval(-1);
		this.progress.setVisible(false);
		this.status.setText(getTranslation("kb.import.done", report.created(), report.updated(), report.unchanged(),
				report.rejectedCount()));
		this.problems.removeAll();
		report.abortedBecause().ifPresent((reason) -> addProblem(getTranslation("kb.import.aborted", reason)));
		report.rejected().stream().limit(MAX_LISTED_PROBLEMS).forEach((item) -> addProblem(describe(item, dir)));
		report.skipped().forEach((skipped) -> addProblem(skipped.file().getFileName() + ": " + skipped.reason()));
		this.onImported.run();
	}

	private void failed(RuntimeException ex) {
		UI.getCurrent().setPollInterval(-1);
		this.progress.setVisible(false);
		this.status.setText(getTranslation("kb.import.failed", String.valueOf(ex.getMessage())));
	}

	private void addProblem(String text) {
		Div line = new Div();
		line.setText(text);
		line.addClassName("tandem-import-problem");
		this.problems.add(line);
	}

	/**
	 * The rejected item with the upload's own file name instead of the temporary path.
	 */
	static String describe(RejectedItem item, Path dir) {
		return item.describe().replace(dir.toString() + java.io.File.separator, "");
	}

	private final class ProgressListener implements ImportListener {

		private final UI ui;

		private final Path dir;

		ProgressListener(UI ui, Path dir) {
			this.ui = ui;
			this.dir = dir;
		}

		@Override
		public void progressed(ImportProgress progress) {
			if (progress.itemsDone() % 25 != 0 && progress.filesDone() < progress.filesTotal()) {
				return; // one update per 25 items keeps the UI queue short on big files
			}
			this.ui.access(() -> {
				ImportDialog.this.progress.setIndeterminate(false);
				ImportDialog.this.progress
					.setValue((progress.bytesTotal() == 0) ? 0 : (double) progress.bytesDone() / progress.bytesTotal());
				ImportDialog.this.status.setText(getTranslation("kb.import.progress", progress.created(),
						progress.updated(), progress.unchanged(), progress.rejected()));
			});
		}

		@Override
		public void rejected(RejectedItem item) {
			if (ImportDialog.this.problems.getComponentCount() < MAX_LISTED_PROBLEMS) {
				this.ui.access(() -> addProblem(describe(item, this.dir)));
			}
		}

	}

}
