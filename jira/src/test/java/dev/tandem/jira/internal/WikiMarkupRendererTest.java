package dev.tandem.jira.internal;

import dev.tandem.jira.JiraDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.tandem.jira.JiraDocument.bold;
import static dev.tandem.jira.JiraDocument.bulletList;
import static dev.tandem.jira.JiraDocument.code;
import static dev.tandem.jira.JiraDocument.codeBlock;
import static dev.tandem.jira.JiraDocument.link;
import static dev.tandem.jira.JiraDocument.paragraph;
import static dev.tandem.jira.JiraDocument.text;
import static org.assertj.core.api.Assertions.assertThat;

class WikiMarkupRendererTest {

	@Test
	void rendersEveryElementOfTheDocumentModel() {
		JiraDocument document = JiraDocument.of(
				paragraph(text("Hi "), bold("Casey"), text(", run "), code("tandem --help"),
						new JiraDocument.LineBreak(), link("the guide", "https://help.example.com/guide")),
				bulletList(paragraph(text("one")), paragraph(bold("two"))), codeBlock("a = *b*"));

		assertThat(WikiMarkupRenderer.render(document)).isEqualTo("""
				Hi *Casey*, run {{tandem \\-\\-help}}
				[the guide|https://help.example.com/guide]

				* one
				* *two*

				{code}
				a = *b*
				{code}""");
	}

	@Test
	void escapesEveryCharacterWikiMarkupReactsTo() {
		assertThat(WikiMarkupRenderer.escape("*b* _i_ -s- +u+ ^sup^ ~sub~ ??cite?? {macro} [link] |cell| !img! #1"))
			.isEqualTo("\\*b\\* \\_i\\_ \\-s\\- \\+u\\+ \\^sup\\^ \\~sub\\~ \\?\\?cite\\?\\? \\{macro\\} \\[link\\] "
					+ "\\|cell\\| \\!img\\! \\#1");
	}

	@Test
	void aBackslashIsWrittenAsAnEntityBecauseTwoOfThemBreakTheLine() {
		assertThat(WikiMarkupRenderer.escape("C:\\\\temp")).isEqualTo("C:&#92;&#92;temp");
	}

	@Test
	void onlyAnAmpersandThatLooksLikeAnEntityIsEscaped() {
		assertThat(WikiMarkupRenderer.escape("Q&A &amp; &#169; & more")).isEqualTo("Q&A &amp;amp; &amp;\\#169; & more");
	}

	@Test
	void lineStartKeywordsAndEmoticonsStayText() {
		assertThat(WikiMarkupRenderer.escape("h1. Title\nbq. quote")).isEqualTo("h1&#46; Title\nbq&#46; quote");
		assertThat(WikiMarkupRenderer.escape("great :) (y) (on)")).isEqualTo("great :\\) \\(y) \\(on)");
	}

	@Test
	void blankLinesInsideTextDoNotSplitTheParagraph() {
		assertThat(WikiMarkupRenderer.escape("a\n\n\nb")).isEqualTo("a\nb");
	}

	@Test
	void boldKeepsSurroundingSpacesOutsideItsMarkers() {
		assertThat(WikiMarkupRenderer.render(JiraDocument.of(paragraph(text("a"), bold(" b "), text("c")))))
			.isEqualTo("a *b* c");
	}

	@Test
	void linkTargetsCannotBreakOutOfTheLink() {
		assertThat(WikiMarkupRenderer.render(JiraDocument.of(paragraph(link("a|b]", "https://x.example.com/?q=1")))))
			.isEqualTo("[a\\|b\\]|https://x.example.com/?q=1]");
		assertThat(WikiMarkupRenderer.render(JiraDocument.of(paragraph(link("", "https://x.example.com")))))
			.isEqualTo("[https://x.example.com]");
	}

	@Test
	void lineBreaksInsideAListItemStayInTheItem() {
		JiraDocument document = JiraDocument
			.of(bulletList(paragraph(text("a"), new JiraDocument.LineBreak(), text("b"))));

		assertThat(WikiMarkupRenderer.render(document)).isEqualTo("* a \\\\ b");
	}

	@Test
	void codeContainingTheCodeMacroFallsBackToNoformat() {
		assertThat(WikiMarkupRenderer.render(JiraDocument.of(codeBlock("{code}x{code}"))))
			.isEqualTo("{noformat}\n{code}x{code}\n{noformat}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Price: 5*3 = 15 [EUR] {approx}", "path C:\\Users\\me and \\\\server\\share",
			"-- not a dash -- *nor* _emphasis_", "h1. not a heading", "# not a list\n* nor this",
			"Q&A &amp; &#169; &copy;", "emoji :) (y) (on) (!)", "table | cell || header", "!image.png! and ??cite??",
			"~sub~ ^sup^ +ins+", "mixed 中文 *星* and ümlauts" })
	void plainTextSurvivesTheRoundTripThroughWikiMarkup(String plain) {
		JiraDocument document = JiraDocument.plainText(plain);

		assertThat(WikiMarkupText.toPlainText(WikiMarkupRenderer.render(document))).isEqualTo(document.toPlainText());
	}

	@Test
	void aRichDocumentReadsBackAsItsPlainText() {
		JiraDocument document = JiraDocument.of(
				paragraph(text("Hi "), bold("Casey*"), text(" see "), link("a [guide]", "https://x.example.com/a_b_c")),
				bulletList(paragraph(code("x|y")), paragraph(text("-1"))), codeBlock("keep *this* as is"));

		assertThat(WikiMarkupText.toPlainText(WikiMarkupRenderer.render(document))).isEqualTo(document.toPlainText());
	}

}
