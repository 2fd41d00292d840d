package dev.tandem.jira.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WikiMarkupTextTest {

	@Test
	void flattensWhatPeopleWriteInJiraDataCenter() {
		String wiki = """
				h2. Problem
				[~alex] my *refund* is _really_ late -since Monday- (see [order page|https://shop.example.com/o/42]).
				{color:red}Urgent{color}

				# paid
				## by card
				* waited

				||Order||Amount||
				|42|9.99|

				!screenshot.png|thumbnail!
				{quote}Earlier answer{quote}
				{code:java}
				int a = *b*; // [not a link]
				{code}
				----
				Line one\\\\Line two &amp; done""";

		assertThat(WikiMarkupText.toPlainText(wiki)).isEqualTo("""
				Problem
				@alex my refund is really late since Monday (see order page (https://shop.example.com/o/42)).
				Urgent

				- paid
				- by card
				- waited

				Order | Amount
				42 | 9.99

				Earlier answer
				int a = *b*; // [not a link]

				Line one
				Line two & done""");
	}

	@Test
	void hyphensAndAsterisksInsideWordsAreNotEmphasis() {
		assertThat(WikiMarkupText.toPlainText("e-mail re-send 5*3*2 snake_case_name"))
			.isEqualTo("e-mail re-send 5*3*2 snake_case_name");
	}

	@Test
	void escapedCharactersAreShownLiterally() {
		assertThat(WikiMarkupText.toPlainText("\\*not bold\\* \\[no link\\] \\{no macro\\}"))
			.isEqualTo("*not bold* [no link] {no macro}");
	}

	@Test
	void attachmentLinksAndBareLinksBecomeTheirTargets() {
		assertThat(WikiMarkupText.toPlainText("[^invoice.pdf] and [https://x.example.com]"))
			.isEqualTo("invoice.pdf and https://x.example.com");
	}

	@Test
	void emptyOrAbsentMarkupIsEmptyText() {
		assertThat(WikiMarkupText.toPlainText("")).isEmpty();
		assertThat(WikiMarkupText.toPlainText(null)).isEmpty();
	}

}
