package dev.tandem.connector.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.TicketCase;
import dev.tandem.connector.gaps.internal.GapLabels;
import dev.tandem.connector.outcomes.LearningLoopCases;
import dev.tandem.connector.outcomes.MutableClock;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreProperties;
import dev.tandem.connector.triage.Decision;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Knowledge gaps from cases stored in a real Elasticsearch, embedded with the real
 * models: the right tickets are picked, grouped by topic, ranked, kept with their
 * computation time, and a gap becomes a draft article.
 */
class KnowledgeGapsIT {

	private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final TextAnalyzer analyzer = new TextAnalyzer();

	private final InMemoryArticles articles = new InMemoryArticles();

	private IndexNames names;

	private CaseStore cases;

	private KnowledgeGaps gaps;

	private GapDrafts drafts;

	@BeforeEach
	void stores() {
		this.names = SharedElasticsearch.indexNames("gaps");
		DocumentIndexes indexes = new DocumentIndexes(SharedElasticsearch.connection(), this.names,
				new StoreProperties(0));
		this.cases = new CaseStore(indexes);
		GapProperties defaults = GapProperties.defaults();
		// a handful of differently worded tickets per topic: a little looser than the
		// default tuned on hundreds
		GapProperties properties = new GapProperties(defaults.window(), 0.8, 2, 5000, 5, 50);
		this.gaps = new KnowledgeGaps(this.cases,
				new GapFinder(new BgeTextEmbedder(), new GapLabels(this.analyzer), properties), indexes, properties,
				this.clock);
		this.drafts = new GapDrafts(this.gaps, () -> this.articles, new AuditLog(indexes, this.clock), this.clock);
	}

	@AfterEach
	void cleanUp() {
		SharedElasticsearch.deleteIndices(this.names);
		this.analyzer.close();
	}

	@Test
	void findsRanksAndKeepsGapsFromStoredCasesAndDraftsAnArticle() {
		List<String> vpn = List.of("VPN keeps disconnecting every few minutes", "My VPN connection drops constantly",
				"VPN disconnects when I work from home", "The VPN connection keeps dropping out");
		List<String> invoice = List.of("How do I add our VAT number to the invoice",
				"The invoice is missing our VAT number", "Please put the company VAT number on invoices");
		for (int i = 0; i < vpn.size(); i++) {
			store(LearningLoopCases.escalated("VPN-" + i, vpn.get(i), "", "en", Decision.HUMAN, false, days(-i - 1)));
		}
		for (int i = 0; i < invoice.size(); i++) {
			store(LearningLoopCases.escalated("INV-" + i, invoice.get(i), "", "en", Decision.ASSIST, false,
					days(-i - 2)));
			store(LearningLoopCases.escalated("OLD-INV-" + i, invoice.get(i), "", "en", Decision.ASSIST, false,
					days(-35 - i)));
		}
		store(LearningLoopCases.escalated("ANGRY-1", "VPN keeps disconnecting, this is outrageous", "", "en",
				Decision.HUMAN, true, days(-1)));
		store(LearningLoopCases.escalated("ANSWERED-1", "VPN keeps disconnecting", "", "en", Decision.AUTO_ANSWER, true,
				days(-1)));
		TicketCase rejected = LearningLoopCases.answered("REJ-1", "vpn-guide", "network", 0.96, days(-3));
		store(rejected.change().followUp((answer) -> answer.rejected(days(-3))).apply(days(-3)));
		this.cases.refresh();

		GapReport report = this.gaps.compute(Duration.ofDays(30));

		assertThat(report.computedAt()).isEqualTo(NOW);
		assertThat(report.tickets()).as("4 VPN + 3 + 3 invoice + the rejected answer").isEqualTo(11);
		assertThat(report.gaps()).hasSizeGreaterThanOrEqualTo(2);
		KnowledgeGap first = report.gaps().get(0);
		assertThat(first.label()).containsIgnoringCase("vpn");
		assertThat(first.size()).isGreaterThanOrEqualTo(4);
		assertThat(first.trend()).isEqualTo(GapTrend.NEW);
		assertThat(first.examples()).extracting(GapExample::issueKey).doesNotContain("ANGRY-1", "ANSWERED-1");
		KnowledgeGap vat = report.gaps()
			.stream()
			.filter((gap) -> gap.label().contains("vat"))
			.findFirst()
			.orElseThrow();
		assertThat(vat.size()).isEqualTo(3);
		assertThat(vat.previousSize()).isEqualTo(3);
		assertThat(vat.trend()).isEqualTo(GapTrend.STEADY);
		assertThat(this.gaps.latest()).contains(report);

		DraftCreated draft = this.drafts.createDraft(vat.id(), "kate");
		assertThat(draft.created()).isTrue();
		StoredArticle stored = this.articles.find(draft.articleId()).orElseThrow();
		assertThat(stored.content().status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(stored.content().questions()).containsExactlyInAnyOrderElementsOf(invoice);
		assertThat(stored.version().source()).isEqualTo(ArticleSource.UI);
		assertThat(this.drafts.createDraft(vat.id(), "kate").created()).as("a second click changes nothing").isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> this.drafts.createDraft("gap-unknown", "kate"))
			.withMessageContaining("gap-unknown");
	}

	private void store(TicketCase ticketCase) {
		assertThat(this.cases.open(ticketCase)).isTrue();
	}

	private static Instant days(int offset) {
		return NOW.plus(Duration.ofDays(offset));
	}

}
