package dev.tandem.kb.harvest;

import dev.tandem.kb.harvest.internal.ReplyCleaner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyCleanerTest {

	@Test
	void dropsGreetingSignOffSignatureAndPleasantries() {
		String reply = """
				Hi Casey,

				You can export your data under Settings > Privacy > Export. The file arrives by e-mail within an hour.

				Let me know if you have any other questions!

				Best regards,
				Erin
				Acme Support | +1 555 0100
				""";

		assertThat(ReplyCleaner.clean(reply)).isEqualTo(
				"You can export your data under Settings > Privacy > Export. The file arrives by e-mail within an hour.");
	}

	@Test
	void dropsQuotedEarlierMessages() {
		String reply = """
				Hello, the export button is under Settings > Privacy.
				> How do I export my data?
				On Mon, 3 Nov 2026 at 10:00, Casey wrote:
				> older text
				""";

		assertThat(ReplyCleaner.clean(reply)).isEqualTo("The export button is under Settings > Privacy.");
	}

	@Test
	void cleansChineseReplies() {
		String reply = "您好，导出数据请在 设置 > 隐私 > 导出 中操作，文件会通过邮件发送。\n如有其他问题请随时联系我们。\n祝好\n小王";

		assertThat(ReplyCleaner.clean(reply)).isEqualTo("导出数据请在 设置 > 隐私 > 导出 中操作，文件会通过邮件发送。");
	}

	@Test
	void aReplyOfOnlyPleasantriesHasNoSubstance() {
		assertThat(ReplyCleaner.clean("Hi Casey,\n\nThanks!\nErin")).isEmpty();
		assertThat(ReplyCleaner.clean("Done.")).isEmpty();
	}

}
