package dev.tandem.connector.triage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDeciderTest {

	private static final Answers.Article REFUND = new Answers.Article("refund-time", "How long a refund takes",
			Optional.of("billing"), "Five days.", Optional.empty(), 0.9);

	private static final Answers.Article LEGAL = new Answers.Article("gdpr", "Data deletion", Optional.of("legal"),
			"We delete data on request.", Optional.empty(), 0.9);

	private final PolicyDecider decider = new PolicyDecider();

	private final TriagePolicy policy = new TriagePolicy(3, true, 0, 0.5, Set.of("en", "zh"), Set.of("legal"),
			Set.of(SentimentLabel.VERY_NEGATIVE), true, true, new TriagePolicy.Vip(Set.of("bigcustomer.com"),
					Set.of("Acme Corp"), Set.of("vip"), Map.of("customfield_10050", "Gold")),
			"admin", Instant.EPOCH, Optional.empty(), Map.of());

	@Test
	void answersAutomaticallyWhenRetrievalIsConfident() {
		PolicyDecider.Verdict verdict = decide(answerable(REFUND), reading("en"), Optional.empty());
		assertThat(verdict.decision()).isEqualTo(Decision.AUTO_ANSWER);
		assertThat(verdict.reasons()).singleElement().asString().contains("How long a refund takes").contains("0.97");
	}

	@Test
	void suggestsToAnAgentWhenConfidenceIsBelowTheCalibratedThresholdButUseful() {
		Answers maybe = new Answers(false, 0.7, Optional.empty(), List.of(REFUND), List.of());
		assertThat(decide(maybe, reading("en"), Optional.empty()).decision()).isEqualTo(Decision.ASSIST);
	}

	@Test
	void handsToAPersonWhenNothingMatchesWell() {
		Answers weak = new Answers(false, 0.2, Optional.empty(), List.of(REFUND), List.of());
		assertThat(decide(weak, reading("en"), Optional.empty()).decision()).isEqualTo(Decision.HUMAN);
		assertThat(decide(Answers.nothing("no match"), reading("en"), Optional.empty()).reasons()).singleElement()
			.asString()
			.contains("no match");
	}

	@Test
	void neverAnswersCategoriesTheAdminExcluded() {
		PolicyDecider.Verdict verdict = decide(answerable(LEGAL), reading("en"), Optional.empty());
		assertThat(verdict.decision()).isEqualTo(Decision.ASSIST);
		assertThat(verdict.reasons()).anyMatch((reason) -> reason.contains("'legal' is never answered"));
	}

	@Test
	void doesNotAnswerInLanguagesWithoutTemplates() {
		assertThat(decide(answerable(REFUND), reading("fr"), Optional.empty()).decision()).isEqualTo(Decision.ASSIST);
	}

	@Test
	void sendsAVeryNegativeCustomerToAPerson() {
		TicketReading furious = new TicketReading("en", new Sentiment(SentimentLabel.VERY_NEGATIVE, -0.9, false, false),
				false, Priority.HIGH, List.of());
		PolicyDecider.Verdict verdict = decide(answerable(REFUND), furious, Optional.empty());
		assertThat(verdict.decision()).isEqualTo(Decision.HUMAN);
		assertThat(verdict.reasons()).anyMatch((reason) -> reason.contains("very negative"));
	}

	@Test
	void sendsAnAngryCustomerToAPersonEvenWhenOnlyMildlyNegative() {
		TicketReading angry = new TicketReading("en", new Sentiment(SentimentLabel.NEGATIVE, -0.4, true, false), false,
				Priority.MEDIUM, List.of());
		assertThat(decide(answerable(REFUND), angry, Optional.empty()).decision()).isEqualTo(Decision.HUMAN);
	}

	@Test
	void honoursAnExplicitRequestForAPerson() {
		TicketReading asks = new TicketReading("zh", Sentiment.neutral(), true, Priority.MEDIUM, List.of());
		PolicyDecider.Verdict verdict = decide(answerable(REFUND), asks, Optional.empty());
		assertThat(verdict.decision()).isEqualTo(Decision.HUMAN);
		assertThat(verdict.reasons()).contains("The customer asked for a person.");
	}

	@Test
	void sendsVipsToTheSeniorPool() {
		PolicyDecider.Verdict verdict = decide(answerable(REFUND), reading("en"), Optional.of("VIP domain"));
		assertThat(verdict.decision()).isEqualTo(Decision.HUMAN);
		assertThat(verdict.reasons()).anyMatch((reason) -> reason.contains("senior pool"));
	}

	@Test
	void recognisesVipsByDomainOrganisationLabelOrField() {
		TriagePolicy.Vip vip = this.policy.vip();
		assertThat(vip.match(ticket(Optional.of("BigCustomer.com"), List.of(), List.of(), Map.of()))).isPresent();
		assertThat(vip.match(ticket(Optional.empty(), List.of("acme corp"), List.of(), Map.of()))).isPresent();
		assertThat(vip.match(ticket(Optional.empty(), List.of(), List.of("VIP"), Map.of()))).isPresent();
		assertThat(vip.match(ticket(Optional.empty(), List.of(), List.of(), Map.of("customfield_10050", "gold"))))
			.isPresent();
		assertThat(vip.match(ticket(Optional.of("example.com"), List.of("Other"), List.of("billing"),
				Map.of("customfield_10050", "Silver"))))
			.isEmpty();
	}

	@Test
	void keepsAnswersWithPeopleWhenAutomaticAnswersAreOff() {
		TriagePolicy off = new TriagePolicy(4, false, 0, 0.5, Set.of("en"), Set.of(), Set.of(), false, false,
				TriagePolicy.Vip.none(), "admin", Instant.EPOCH, Optional.empty(), Map.of());
		assertThat(this.decider.decide(off, answerable(REFUND), reading("en"), Optional.empty()).decision())
			.isEqualTo(Decision.ASSIST);
	}

	@Test
	void appliesTheAdminsMinimumConfidenceOnTopOfTheCalibratedFlag() {
		TriagePolicy strict = new TriagePolicy(5, true, 0.99, 0.5, Set.of("en"), Set.of(), Set.of(), false, false,
				TriagePolicy.Vip.none(), "admin", Instant.EPOCH, Optional.empty(), Map.of());
		assertThat(this.decider.decide(strict, answerable(REFUND), reading("en"), Optional.empty()).decision())
			.isEqualTo(Decision.ASSIST);
	}

	@Test
	void appliesACategorysOwnStricterMinimumOnlyToThatCategory() {
		TriagePolicy tightened = this.policy.withCategoryAutoAnswerMinConfidence("Billing", 0.98);
		PolicyDecider.Verdict billing = this.decider.decide(tightened, answerable(REFUND), reading("en"),
				Optional.empty());
		assertThat(billing.decision()).isEqualTo(Decision.ASSIST);
		assertThat(billing.reasons().get(0)).contains("0.98").contains("category 'billing'");
		Answers.Article other = new Answers.Article("reset", "Reset a password", Optional.of("accounts"), "...",
				Optional.empty(), 0.9);
		assertThat(this.decider.decide(tightened, answerable(other), reading("en"), Optional.empty()).decision())
			.isEqualTo(Decision.AUTO_ANSWER);
	}

	@Test
	void namesEveryInvalidPolicyField() {
		TriagePolicy invalid = new TriagePolicy(1, true, 1.5, -1, Set.of("fr"), Set.of(), Set.of(), false, false, null,
				null, null, null, null);
		assertThat(invalid.problems()).hasSize(3)
			.anyMatch((problem) -> problem.startsWith("autoAnswerMinConfidence"))
			.anyMatch((problem) -> problem.startsWith("assistMinConfidence"))
			.anyMatch((problem) -> problem.contains("'fr'"));
	}

	private PolicyDecider.Verdict decide(Answers answers, TicketReading reading, Optional<String> vip) {
		return this.decider.decide(this.policy, answers, reading, vip);
	}

	private static Answers answerable(Answers.Article article) {
		return new Answers(true, 0.97, Optional.empty(), List.of(article), List.of());
	}

	private static TicketReading reading(String language) {
		return new TicketReading(language, Sentiment.neutral(), false, Priority.MEDIUM, List.of());
	}

	private static TicketFacts ticket(Optional<String> domain, List<String> organisations, List<String> labels,
			Map<String, String> fields) {
		return new TicketFacts("s", "d", domain, labels, organisations, fields);
	}

}
