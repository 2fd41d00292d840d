package dev.tandem.kb.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExporterTest {

	@TempDir
	Path folder;

	private static final ArticleChange UI = new ArticleChange("editor", ArticleSource.UI, "written");

	@Test
	void exportedArticlesImportBackUnchanged() throws Exception {
		ImportRun source = new ImportRun(this.folder.resolve("in"));
		List<ArticleContent> articles = List.of(
				ArticleContent.builder("refund-time", "How long a refund takes", "Refunds take **5 days**.\n\n- a\n- b")
					.answer("Five days.")
					.questions(List.of("when do I get my money back", "退款多久到账"))
					.category("billing")
					.language("zh-CN")
					.tags(List.of("refund", "money"))
					.status(ArticleStatus.DRAFT)
					.build(),
				ArticleContent.builder("guides/plain", "Plain \"quoted\" title", "Line\twith tab\nand \\ backslash 😀")
					.build(),
				ArticleContent.builder("archived", "Old", "Gone.").status(ArticleStatus.ARCHIVED).build());
		articles.forEach((article) -> source.repository.save(article, UI));
		Path exported = this.folder.resolve("out/kb.jsonl");
		Files.createDirectories(exported.getParent());
		try (var out = Files.newOutputStream(exported)) {
			assertThat(new ArticleExporter(source.repository).export(Set.of(), out)).isEqualTo(3);
		}

		ImportReport reimport = source.importPaths(List.of(exported));
		assertThat(reimport.summaryLine()).isEqualTo("created 0, updated 0, unchanged 3, rejected 0");

		ImportRun target = new ImportRun(this.folder.resolve("other"));
		target.importPaths(List.of(exported));
		for (ArticleContent article : articles) {
			assertThat(target.article(article.id())).isEqualTo(article);
			assertThat(target.repository.find(article.id()).orElseThrow().version().contentHash())
				.isEqualTo(article.contentHash());
		}
	}

	@Test
	void writesOneLinePerArticleInTheContractsFieldOrder() {
		ArticleContent article = ArticleContent.builder("a", "T", "B").category("billing").build();

		assertThat(ArticleExporter.line(article)).isEqualTo(
				"{\"id\":\"a\",\"title\":\"T\",\"body\":\"B\",\"questions\":[],\"category\":\"billing\",\"tags\":[],\"status\":\"PUBLISHED\"}");
	}

	@Test
	void exportsOnlyTheStatusesAsked() throws Exception {
		ImportRun run = new ImportRun(this.folder);
		run.repository.save(ArticleContent.builder("d", "D", "x").status(ArticleStatus.DRAFT).build(), UI);
		run.repository.save(ArticleContent.builder("p", "P", "x").build(), UI);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long count = new ArticleExporter(run.repository).export(Set.of(ArticleStatus.DRAFT), out);

		assertThat(count).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"id\":\"d\"").endsWith("\n");
		assertThat(run.repository.all().map(StoredArticle::id)).containsExactly("d", "p");
	}

}
