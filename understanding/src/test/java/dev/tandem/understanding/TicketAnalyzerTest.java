package dev.tandem.understanding;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.language.Language;
import dev.tandem.understanding.priority.Priority;
import dev.tandem.understanding.privacy.PersonalDataType;
import dev.tandem.understanding.sentiment.SentimentLabel;

import static org.assertj.core.api.Assertions.assertThat;

class TicketAnalyzerTest {

	private final TicketAnalyzer analyzer = new TicketAnalyzer();

	@Test
	void understandsAnAngryEnglishOutageTicket() {
		TicketInsight insight = this.analyzer.analyze(TicketText.of("URGENT: checkout is down for all users",
				"This is unacceptable!!! We are losing sales. Call me at +1 (555) 123-4567. Regards,\nJohn Miller"));
		assertThat(insight.language().language()).isEqualTo(Language.ENGLISH);
		assertThat(insight.sentiment().label().isNegative()).isTrue();
		assertThat(insight.sentiment().signals().isUrgent()).isTrue();
		assertThat(insight.priority().priority()).isEqualTo(Priority.HIGHEST);
		assertThat(insight.description().text()).contains("[PHONE]", "[NAME]").doesNotContain("555", "Miller");
		assertThat(insight.reasons()).anyMatch((r) -> r.contains("priority.rule:outage"));
	}

	@Test
	void understandsAChineseTicketAskingForAHuman() {
		TicketInsight insight = this.analyzer.analyze(TicketText.of("无法登录", "我叫王小明，手机13812345678，账号一直登不上，太差了，转人工！"));
		assertThat(insight.language().language()).isEqualTo(Language.CHINESE);
		assertThat(insight.sentiment().signals().humanRequested()).isTrue();
		assertThat(insight.sentiment().label().isNegative()).isTrue();
		assertThat(insight.priority().priority()).isEqualTo(Priority.HIGH);
		assertThat(insight.description().counts()).containsEntry(PersonalDataType.PHONE, 1L)
			.containsEntry(PersonalDataType.NAME, 1L);
	}

	@Test
	void explanationsNeverContainPersonalData() {
		TicketInsight insight = this.analyzer.analyze(TicketText
			.of("Refund to jane@corp.example", "My card 4111 1111 1111 1111 was charged twice, I'm not happy")
			.withReporter("jane@corp.example"));
		assertThat(insight.toString()).doesNotContain("jane@corp.example", "4111 1111 1111 1111");
		assertThat(String.join("\n", insight.reasons())).doesNotContain("jane@corp.example", "4111");
		assertThat(insight.priority().firedRules()).contains("payment-problem");
	}

	@Test
	void emptyTicketGivesNeutralDefaultsWithANote() {
		TicketInsight insight = this.analyzer.analyze(TicketText.of(null, null));
		assertThat(insight.language().language()).isEqualTo(Language.UNKNOWN);
		assertThat(insight.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(insight.priority().priority()).isEqualTo(Priority.MEDIUM);
		assertThat(insight.notes()).extracting(Evidence::explanation).anyMatch((s) -> s.contains("empty"));
		assertThat(this.analyzer.analyze(null).priority().priority()).isEqualTo(Priority.MEDIUM);
	}

	@Test
	void hugeTicketIsCappedAndSaysSo() {
		String megabyte = "The sync fails again and again. ".repeat(33_000);
		TicketInsight insight = this.analyzer.analyze(TicketText.of("sync", megabyte));
		assertThat(insight.notes()).extracting(Evidence::explanation).anyMatch((s) -> s.contains("analysed the first"));
		assertThat(insight.sentiment().label().isNegative()).isTrue();
	}

	@Test
	void binaryJunkAndEmojiOnlyGiveSensibleResults() {
		byte[] junk = new byte[4096];
		new Random(7).nextBytes(junk);
		TicketInsight binary = this.analyzer
			.analyze(TicketText.of("attachment", new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1)));
		assertThat(binary.notes()).extracting(Evidence::explanation).anyMatch((s) -> s.contains("binary"));
		TicketInsight emoji = this.analyzer.analyze(TicketText.of("😡😡😡", ""));
		assertThat(emoji.language().language()).isEqualTo(Language.UNKNOWN);
		assertThat(emoji.sentiment().label().isNegative()).isTrue();
	}

	@Test
	void randomUnicodeNeverBreaksIt() {
		Random random = new Random(20261121);
		int[][] ranges = { { 0x00, 0x7F }, { 0x4E00, 0x9FFF }, { 0x0400, 0x04FF }, { 0x1F300, 0x1F6FF },
				{ 0xD800, 0xDFFF }, { 0x3040, 0x30FF }, { 0x0600, 0x06FF }, { 0xE000, 0xF8FF } };
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(400);
			for (int c = 0; c < length; c++) {
				int[] range = ranges[random.nextInt(ranges.length)];
				int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
				if (cp >= 0xD800 && cp <= 0xDFFF) {
					text.append((char) cp); // lone surrogates, as broken clients send
											// them
				}
				else {
					text.appendCodePoint(cp);
				}
			}
			TicketInsight insight = this.analyzer
				.analyze(TicketText.of(text.substring(0, text.length() / 3), text.substring(text.length() / 3)));
			assertThat(insight.sentiment().score()).isBetween(-1.0, 1.0);
			assertThat(insight.priority().priority()).isNotNull();
			assertThat(insight.reasons()).isNotNull();
		}
	}

	@Test
	void ticketTextDoesNotPrintItsContent() {
		assertThat(TicketText.of("secret summary", "secret body").withReporter("x@y.z").toString())
			.doesNotContain("secret", "x@y.z");
	}

}
