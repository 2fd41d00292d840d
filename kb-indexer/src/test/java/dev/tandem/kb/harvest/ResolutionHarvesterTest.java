package dev.tandem.kb.harvest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.InMemoryArticleRepository;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResolutionHarvesterTest {

	private final InMemoryArticleRepository articles = new InMemoryArticleRepository(
			Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

	private final AtomicReference<Optional<NearDuplicates.Match>> nearest = new AtomicReference<>(Optional.empty());

	private final PersonalDataMasker masker = new PersonalDataMasker();

	private final ResolutionHarvester harvester = new ResolutionHarvester(this.articles,
			(question) -> this.nearest.get(), (text) -> this.masker.mask(text).text(), HarvestSettings.defaults());

	private static ResolvedTicket ticket(String key, String summary, String description, String... replies) {
		return new ResolvedTicket(key, Optional.of("https://jira.example.com/browse/" + key), summary, description,
				List.of(replies), Optional.of("account"), Optional.of("en"));
	}

	@Test
	void draftsAnArticleFromTheTicketAndTheAgentsCleanedReply() {
		HarvestOutcome outcome = this.harvester.harvest(ticket("SUP-42", "How do I export my data?",
				"I want a copy of everything you store about me.",
				"Hi Casey,\n\nGo to Settings > Privacy > Export; the file arrives by e-mail within an hour.\n\nBest regards,\nErin"));

		assertThat(outcome.kind()).isEqualTo(HarvestOutcome.Kind.DRAFT_CREATED);
		assertThat(outcome.articleId()).contains("resolutions/sup-42");
		StoredArticle draft = this.articles.find("resolutions/sup-42").orElseThrow();
		ArticleContent content = draft.content();
		assertThat(content.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(content.title()).isEqualTo("How do I export my data?");
		assertThat(content.questions()).containsExactly("How do I export my data?",
				"I want a copy of everything you store about me.");
		assertThat(content.answer())
			.contains("Go to Settings > Privacy > Export; the file arrives by e-mail within an hour.");
		assertThat(content.category()).contains("account");
		assertThat(draft.version().source()).isEqualTo(ArticleSource.RESOLUTION);
		assertThat(draft.version().changeSummary()).contains("SUP-42");
		assertThat(Provenance.of(content)).hasValueSatisfying((provenance) -> {
			assertThat(provenance.ticket()).isEqualTo("SUP-42");
			assertThat(provenance.link()).contains("https://jira.example.com/browse/SUP-42");
			assertThat(provenance.suggestedEditOf()).isEmpty();
		});
	}

	@Test
	void masksPersonalDataBeforeStoring() {
		this.harvester.harvest(ticket("SUP-7", "Refund to card for casey@example.org",
				"My phone is +49 170 1234567, please call.",
				"We refunded the order to the card; the bank shows it within 5 days. Write to billing@acme.example if not."));

		ArticleContent content = this.articles.find("resolutions/sup-7").orElseThrow().content();
		String everything = content.title() + content.questions() + content.body() + content.answer().orElse("");
		assertThat(everything).doesNotContain("casey@example.org", "1234567", "billing@acme.example")
			.contains("[EMAIL]");
	}

	@Test
	void harvestingTheSameTicketAgainChangesNothing() {
		ResolvedTicket ticket = ticket("SUP-8", "Change my plan", "", "Open Billing > Plan and choose the new plan.");
		this.harvester.harvest(ticket);
		int saves = this.articles.saveCount();

		HarvestOutcome again = this.harvester.harvest(ticket);

		assertThat(again.kind()).isEqualTo(HarvestOutcome.Kind.UNCHANGED);
		assertThat(this.articles.saveCount()).isEqualTo(saves);
		assertThat(this.articles.history("resolutions/sup-8")).hasSize(1);
	}

	@Test
	void aReviewedDraftIsNeverReopened() {
		ResolvedTicket ticket = ticket("SUP-9", "Change my plan", "", "Open Billing > Plan and choose the new plan.");
		this.harvester.harvest(ticket);
		new ReviewQueue(this.articles).reject("resolutions/sup-9", "kim", "too specific");

		HarvestOutcome again = this.harvester.harvest(ticket);

		assertThat(again.kind()).isEqualTo(HarvestOutcome.Kind.UNCHANGED);
		assertThat(again.reason()).contains("ARCHIVED");
		assertThat(this.articles.find("resolutions/sup-9").orElseThrow().content().status())
			.isEqualTo(ArticleStatus.ARCHIVED);
	}

	@Test
	void aNearDuplicateOfAPublishedArticleBecomesASuggestedEditAndLeavesTheArticleAlone() {
		this.articles.save(ArticleContent.builder("refund-time", "How long a refund takes", "Refunds take 5 days.")
			.questions(List.of("when do I get my money back"))
			.category("billing")
			.build(), new ArticleChange("bob", ArticleSource.IMPORT, "import"));
		this.nearest.set(Optional.of(new NearDuplicates.Match("refund-time", 0.86)));

		HarvestOutcome outcome = this.harvester.harvest(ticket("SUP-10", "Still no refund after a week", "",
				"Refunds to credit cards take up to 10 business days with some banks."));

		assertThat(outcome.kind()).isEqualTo(HarvestOutcome.Kind.SUGGESTED_EDIT);
		assertThat(outcome.suggestedEditOf()).contains("refund-time");
		ArticleContent suggestion = this.articles.find("resolutions/sup-10").orElseThrow().content();
		assertThat(suggestion.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(suggestion.title()).isEqualTo("How long a refund takes");
		assertThat(suggestion.questions()).containsExactly("Still no refund after a week");
		assertThat(Provenance.of(suggestion).flatMap(Provenance::suggestedEditOf)).contains("refund-time");
		assertThat(this.articles.history("refund-time")).hasSize(1);
	}

	@Test
	void aWeakMatchIsNoNearDuplicate() {
		this.nearest.set(Optional.of(new NearDuplicates.Match("refund-time", 0.5)));

		HarvestOutcome outcome = this.harvester.harvest(
				ticket("SUP-11", "Export my data", "", "Settings > Privacy > Export sends you the file by e-mail."));

		assertThat(outcome.kind()).isEqualTo(HarvestOutcome.Kind.DRAFT_CREATED);
	}

	@Test
	void skipsTicketsWithoutAUsableAgentReplyAndSaysWhy() {
		HarvestOutcome none = this.harvester.harvest(ticket("SUP-12", "Export my data", ""));
		HarvestOutcome empty = this.harvester
			.harvest(ticket("SUP-13", "Export my data", "", "Hi Casey,\nThanks!\nErin"));
		HarvestOutcome noQuestion = this.harvester.harvest(ticket("SUP-14", " ", "", "Settings > Privacy > Export."));

		assertThat(none.kind()).isEqualTo(HarvestOutcome.Kind.SKIPPED);
		assertThat(none.reason()).isEqualTo(SkipReason.NO_AGENT_REPLY.description());
		assertThat(empty.reason()).isEqualTo(SkipReason.REPLY_HAS_NO_CONTENT.description());
		assertThat(noQuestion.reason()).isEqualTo(SkipReason.NO_QUESTION.description());
		assertThat(this.articles.saveCount()).isZero();
	}

	@Test
	void aPreviewStoresNothing() {
		HarvestOutcome preview = this.harvester
			.preview(ticket("SUP-15", "Export my data", "", "Settings > Privacy > Export sends you the file."));

		assertThat(preview.kind()).isEqualTo(HarvestOutcome.Kind.DRAFT_CREATED);
		assertThat(this.articles.find("resolutions/sup-15")).isEmpty();
	}

}
