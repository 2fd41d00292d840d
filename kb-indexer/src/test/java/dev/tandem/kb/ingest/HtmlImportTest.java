package dev.tandem.kb.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.kb.article.ArticleContent;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlImportTest {

	@TempDir
	Path folder;

	ImportRun run;

	@BeforeEach
	void setUp() {
		this.run = new ImportRun(this.folder);
	}

	@Test
	void turnsAPageIntoAnArticle() {
		this.run.write("help/refunds.html", """
				<!DOCTYPE html>
				<html lang="en"><head><title>Refunds | ACME Help</title>
				<style>body { color: red }</style><script>alert('head')</script></head>
				<body><nav><a href="/">Home</a></nav>
				<article>
				  <h1>How long a refund takes</h1>
				  <p>Refunds take <strong>5 business days</strong>. See <a href="/policy">our policy</a>.</p>
				  <h2>Steps</h2>
				  <ol><li>Open <em>Orders</em></li><li>Click <code>Refund</code></li></ol>
				  <ul><li>One</li><li>Two</li></ul>
				  <pre>line 1
				  line 2</pre>
				  <table><tr><th>Plan</th><th>Days</th></tr><tr><td>Basic</td><td>5</td></tr></table>
				</article>
				</body></html>
				""");

		ImportReport report = this.run.importFolder();

		assertThat(report.summaryLine()).isEqualTo("created 1, updated 0, unchanged 0, rejected 0");
		ArticleContent article = this.run.article("help/refunds");
		assertThat(article.title()).isEqualTo("How long a refund takes");
		assertThat(article.language()).contains("en");
		assertThat(article.body()).isEqualTo("""
				Refunds take **5 business days**. See [our policy](/policy).

				## Steps

				1. Open *Orders*
				2. Click `Refund`

				- One
				- Two

				```
				line 1
				  line 2
				```

				| Plan | Days |
				| --- | --- |
				| Basic | 5 |""");
	}

	@Test
	void removesScriptsStylesFramesAndEventHandlers() {
		this.run.write("x.html", """
				<html><head><title>Safe</title></head><body>
				<p onclick="steal()">Visible text</p>
				<script>document.cookie</script><style>p{}</style>
				<iframe src="https://evil.example"></iframe>
				<a href="javascript:alert(1)">click</a>
				<img src="x.png" onerror="alert(2)" alt="pic">
				</body></html>
				""");

		this.run.importFolder();

		String body = this.run.article("x").body();
		assertThat(body).contains("Visible text").contains("click");
		assertThat(body).doesNotContain("cookie", "steal", "alert", "evil", "javascript", "onerror", "p{}");
		assertThat(this.run.article("x").title()).isEqualTo("Safe");
	}

	@Test
	void rejectsAPageThatIsEmptyAfterSanitising() {
		Path file = this.run.write("empty.htm",
				"<html><head><title>Nothing</title></head><body><script>alert(1)</script><style>x{}</style></body></html>");

		assertThat(this.run.rejections(this.run.importFolder()))
			.containsExactly(file + ": field 'body': is empty after removing scripts, styles and markup");
	}

	@Test
	void rejectsAPageWithoutTitle() {
		Path file = this.run.write("a.html", "<p>Text only</p>");

		assertThat(this.run.rejections(this.run.importFolder()))
			.containsExactly(file + ": field 'title': is missing: the page has no <h1> and no <title>");
	}

	@Test
	void readsAPageInTheCharsetItDeclares() {
		this.run.write("old.html",
				"<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><p>Crème brûlée</p></body></html>"
					.getBytes(Charset.forName("windows-1252")));

		this.run.importFolder();

		assertThat(this.run.article("old").title()).isEqualTo("Café");
		assertThat(this.run.article("old").body()).isEqualTo("Crème brûlée");
	}

	@Test
	void rejectsInvalidUtf8WithoutADeclaredCharset() {
		Path file = this.run.write("bad.html",
				"<title>Caf\u00e9</title><p>x</p>".getBytes(Charset.forName("ISO-8859-1")));

		assertThat(this.run.rejections(this.run.importFolder())).singleElement()
			.asString()
			.startsWith(file + ":1: invalid UTF-8");
	}

}
