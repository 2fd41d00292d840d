package dev.tandem.admin.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.kb.analysis.SynonymGroup;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.ingest.ImportListener;
import dev.tandem.kb.ingest.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@WithUserDetails("km")
class ImportAndSynonymsTest extends BrowserlessUiTest {

	@Autowired
	KnowledgeBaseService service;

	@TempDir
	Path dir;

	@Test
	void importKeepsValidArticlesAndNamesEveryRejectedLine() throws IOException {
		String id = "import-" + UUID.randomUUID().toString().substring(0, 8);
		Path file = this.dir.resolve("articles.jsonl");
		Files.writeString(file, """
				{"id": "%s", "title": "Refund time", "body": "Five days."}
				{"id": "%s-bad", "title": "", "body": "No title"}
				""".formatted(id, id));

		ImportReport report = this.service.importFile(file, ImportListener.NONE);

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejectedCount()).isEqualTo(1);
		assertThat(ImportDialog.describe(report.rejected().get(0), this.dir)).startsWith("articles.jsonl:2")
			.contains("title");
		StoredArticle imported = this.articles.find(id).orElseThrow();
		assertThat(imported.version().author()).isEqualTo("km");
		assertThat(imported.version().source()).isEqualTo(ArticleSource.IMPORT);
	}

	@Test
	void importDialogShowsTheCountsAndTheProblems() throws IOException {
		navigate("knowledge-base", KnowledgeBaseView.class);
		test(find(Button.class).id("kb-import")).click();
		ImportDialog dialog = find(ImportDialog.class).single();
		Path file = this.dir.resolve("broken.jsonl");
		Files.writeString(file, "{not json}\n");
		dialog.finished(this.service.importFile(file, ImportListener.NONE), this.dir);
		assertThat(dialog.status.getText()).isEqualTo("Done: 0 created, 0 updated, 0 unchanged, 1 rejected");
		assertThat(dialog.problems.getElement().getTextRecursively()).startsWith("broken.jsonl:1");
	}

	@Test
	void addsAndRemovesSynonymGroups() {
		SynonymGroup refund = SynonymGroup.of("refund", "money back");
		when(this.synonymStore.groups()).thenReturn(List.of(refund));
		navigate("knowledge-base", KnowledgeBaseView.class);
		test(find(Button.class).id("kb-synonyms")).click();
		SynonymsDialog dialog = find(SynonymsDialog.class).single();
		assertThat(test(dialog.groups).size()).isEqualTo(1);

		dialog.newGroup.setValue("password, 密码，passcode");
		test(dialog.add).click();
		verify(this.synonymStore).add(SynonymGroup.of("password", "密码", "passcode"));
		assertThat(dialog.newGroup.isInvalid()).isFalse();

		this.service.removeSynonymGroup(refund);
		verify(this.synonymStore).replaceAll(List.of());
	}

	@Test
	void aGroupOfOneTermIsRefusedNextToTheField() {
		navigate("knowledge-base", KnowledgeBaseView.class);
		test(find(Button.class).id("kb-synonyms")).click();
		SynonymsDialog dialog = find(SynonymsDialog.class).single();
		dialog.newGroup.setValue("refund");
		test(dialog.add).click();
		assertThat(dialog.newGroup.isInvalid()).isTrue();
		assertThat(dialog.newGroup.getErrorMessage()).contains("at least two different terms");
	}

	@Test
	@WithUserDetails("manager")
	void managersCannotChangeSynonyms() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.service.addSynonymGroup(SynonymGroup.of("a", "b")))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		verifyNoInteractions(this.synonymStore);
	}

}
