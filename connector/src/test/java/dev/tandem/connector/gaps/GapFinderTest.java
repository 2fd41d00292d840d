package dev.tandem.connector.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.gaps.internal.GapLabels;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.harvest.Provenance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GapFinderTest {

	private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

	private static final TextAnalyzer analyzer = new TextAnalyzer();

	private final GapFinder finder = new GapFinder(new WordCountEmbedder(), new GapLabels(analyzer),
			new GapProperties(Duration.ofDays(30), 0.5, 2, 5000, 3, 50));

	@AfterAll
	static void closeAnalyzer() {
		analyzer.close();
	}

	@Test
	void clustersTicketsByTopicAndRanksByVolumeAndGrowth() {
		List<GapTicket> tickets = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			tickets.add(ticket("VPN-" + i, "vpn tunnel disconnects every hour", "the vpn tunnel drops", "en", i));
		}
		for (int i = 0; i < 3; i++) {
			tickets.add(ticket("INV-" + i, "invoice vat number missing", "need the vat number on my invoice", "en", i));
		}
		for (int i = 0; i < 3; i++) {
			tickets.add(ticket("OLD-INV-" + i, "invoice vat number wrong", "vat number on invoice", "en", -10 - i));
		}
		tickets.add(ticket("ONE", "printer toner empty", "toner", "en", 1));

		List<KnowledgeGap> gaps = this.finder.find(tickets, FROM);

		assertThat(gaps).hasSize(2);
		KnowledgeGap vpn = gaps.get(0);
		assertThat(vpn.size()).isEqualTo(4);
		assertThat(vpn.previousSize()).isZero();
		assertThat(vpn.trend()).isEqualTo(GapTrend.NEW);
		assertThat(vpn.label()).contains("vpn").contains("tunnel");
		assertThat(vpn.examples()).hasSize(3).allMatch((example) -> example.issueKey().startsWith("VPN-"));
		assertThat(vpn.examples().get(0).issueKey()).isEqualTo("VPN-3");
		// what triage asked, for the known out-of-scope questions when a gap is not ours
		assertThat(vpn.examples().get(0).question())
			.isEqualTo(vpn.examples().get(0).summary() + "\n\nthe vpn tunnel drops");
		KnowledgeGap invoice = gaps.get(1);
		assertThat(invoice.size()).isEqualTo(3);
		assertThat(invoice.previousSize()).isEqualTo(3);
		assertThat(invoice.trend()).isEqualTo(GapTrend.STEADY);
		assertThat(invoice.label()).contains("vat");
		assertThat(invoice.categories()).containsEntry("billing", 3);
	}

	@Test
	void dropsGapsSeenOnlyInThePreviousPeriod() {
		List<GapTicket> tickets = List.of(ticket("A", "fax machine jammed", "fax jammed", "en", -3),
				ticket("B", "fax machine jammed again", "fax jammed", "en", -2));
		assertThat(this.finder.find(tickets, FROM)).isEmpty();
	}

	@Test
	void clustersEachLanguageWithItsOwnModel() {
		List<GapTicket> tickets = List.of(ticket("ZH-1", "发票 税号 错误", "发票上的税号错误", "zh", 1),
				ticket("ZH-2", "发票 税号 缺少", "发票没有税号", "zh", 2), ticket("EN-1", "invoice tax number", "tax", "en", 1));
		List<KnowledgeGap> gaps = this.finder.find(tickets, FROM);
		assertThat(gaps).hasSize(1);
		assertThat(gaps.get(0).languages()).containsOnlyKeys("zh");
		assertThat(gaps.get(0).label()).contains("发票");
	}

	@Test
	void aGapBecomesAValidDraftWithItsExamplesAsQuestions() {
		List<GapTicket> tickets = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			tickets.add(ticket("VPN-" + i, "vpn tunnel disconnects " + i, "the vpn tunnel drops", "en", i));
		}
		KnowledgeGap gap = this.finder.find(tickets, FROM).get(0);
		GapReport report = new GapReport(FROM.plus(Duration.ofDays(30)), FROM, FROM.plus(Duration.ofDays(30)),
				FROM.minus(Duration.ofDays(30)), 3, List.of(gap), 5);

		ArticleContent draft = GapDrafts.draft("gap-1", gap, report);

		assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.questions()).containsExactly("vpn tunnel disconnects 2", "vpn tunnel disconnects 1",
				"vpn tunnel disconnects 0");
		assertThat(draft.title()).isEqualTo("Tunnel vpn disconnects");
		assertThat(draft.body()).contains("3 times between 2026-11-01 and 2026-12-01").contains("VPN-2");
		assertThat(draft.category()).contains("billing");
		assertThat(draft.language()).contains("en");
		assertThat(draft.tags()).containsExactly("knowledge-gap", "tandem-ticket:VPN-2");
		// so that it waits in the review queue, named after its newest example ticket
		assertThat(Provenance.of(draft)).map(Provenance::ticket).contains("VPN-2");
	}

	private static GapTicket ticket(String key, String summary, String description, String language, int day) {
		return new GapTicket(key, description, summary, language, Optional.of("billing"),
				FROM.plus(Duration.ofDays(day)).plusSeconds(60), false);
	}

}
