package dev.tandem.understanding.priority;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.priority.PriorityAssessment.Basis;
import dev.tandem.understanding.priority.PriorityRules.Rule;
import dev.tandem.understanding.priority.PriorityRules.Vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorityClassifierTest {

	private final PriorityClassifier classifier = new PriorityClassifier();

	@Test
	void defaultRulesRaiseOutagesAndLoginProblemsInBothLanguages() {
		assertThat(classify("Major outage: the portal is down for all users").priority()).isEqualTo(Priority.HIGHEST);
		assertThat(classify("I cannot log in since this morning").priority()).isEqualTo(Priority.HIGH);
		assertThat(classify("系统无法登录").priority()).isEqualTo(Priority.HIGH);
		assertThat(classify("昨天扣款两次，请退款").priority()).isEqualTo(Priority.HIGH);
		assertThat(classify("服务器宕机了").priority()).isEqualTo(Priority.HIGHEST);
	}

	@Test
	void withoutHistoryOrRulesTheDefaultApplies() {
		PriorityAssessment assessment = classify("Where can I download my invoice?");
		assertThat(assessment.priority()).isEqualTo(Priority.MEDIUM);
		assertThat(assessment.basis()).isEqualTo(Basis.DEFAULT);
		assertThat(assessment.evidence()).extracting(Evidence::explanation)
			.anyMatch((s) -> s.contains("no learned model"));
	}

	@Test
	void raisingRulesWinOverCappingRules() {
		assertThat(classify("Quick question: how do I export a report?").priority()).isEqualTo(Priority.LOW);
		assertThat(classify("Quick question: is the outage on your side?").priority()).isEqualTo(Priority.HIGHEST);
	}

	@Test
	void vipReportersGetAtLeastTheirMinimumWithoutNamingThem() {
		this.classifier
			.replaceRules(PriorityRules.defaults().withVip(new Vip(List.of("CEO@Example.com"), Priority.HIGH)));
		PriorityAssessment assessment = this.classifier
			.classify(PriorityRequest.of("Please update my address").withReporter("ceo@example.com"));
		assertThat(assessment.priority()).isEqualTo(Priority.HIGH);
		assertThat(assessment.firedRules()).containsExactly("vip");
		assertThat(assessment.evidence().toString()).doesNotContain("ceo@example.com");
	}

	@Test
	void requestTypeGivesBaselineAndSla() {
		PriorityAssessment assessment = this.classifier
			.classify(PriorityRequest.of("printer jammed").withRequestType("incident"));
		assertThat(assessment.basis()).isEqualTo(Basis.REQUEST_TYPE);
		assertThat(assessment.priority()).isEqualTo(Priority.HIGH);
		assertThat(assessment.sla()).contains(Duration.ofHours(4));
	}

	@Test
	void rulesAreReplaceableAtRunTime() {
		this.classifier.replaceRules(PriorityRules.defaults()
			.withRules(List.of(Rule.atLeast("printer", Priority.HIGHEST, List.of("printer"), List.of("打印机\\S*坏")))));
		assertThat(classify("the printers are jammed").priority()).isEqualTo(Priority.HIGHEST);
		assertThat(classify("打印机又坏了").firedRules()).containsExactly("printer");
		assertThat(classify("outage").priority()).isEqualTo(Priority.MEDIUM);
	}

	@Test
	void invalidRulesAreRefusedNamingEveryProblem() {
		assertThatThrownBy(() -> PriorityRules.defaults()
			.withRules(List.of(new Rule("broken", Priority.HIGH, null, List.of(), List.of("(unclosed")),
					new Rule("", Priority.HIGH, null, List.of("x"), List.of()),
					new Rule("empty", Priority.LOW, null, List.of(), List.of()))))
			.isInstanceOfSatisfying(InvalidPriorityRulesException.class,
					(ex) -> assertThat(ex.problems()).anyMatch((p) -> p.startsWith("rules[0].patterns[0]: invalid"))
						.anyMatch((p) -> p.startsWith("rules[1].name"))
						.anyMatch((p) -> p.startsWith("rules[2]: needs at least one keyword")));
		assertThatThrownBy(() -> PriorityRules.defaults()
			.withRules(List.of(new Rule("all", Priority.HIGH, null, List.of(), List.of(".*")))))
			.hasMessageContaining("matches empty text");
	}

	@Test
	void learnedModelSetsTheBaselineAndRulesStillRaiseIt() {
		PriorityModel model = new PriorityModelTrainer().train(history());
		this.classifier.replaceModel(Optional.of(model));
		PriorityAssessment payroll = classify("payroll export shows wrong totals for the month");
		assertThat(payroll.basis()).isEqualTo(Basis.MODEL);
		assertThat(payroll.priority()).isEqualTo(Priority.HIGH);
		assertThat(payroll.evidence()).anyMatch((e) -> e.source().equals("priority.model.term"));
		PriorityAssessment theme = classify("please change the colour theme of the wiki");
		assertThat(theme.priority()).isEqualTo(Priority.LOW);
		assertThat(classify("please change the colour theme, the site is down for all users").priority())
			.isEqualTo(Priority.HIGHEST);
	}

	@Test
	void modelSurvivesARoundTripThroughBytes() {
		PriorityModel model = new PriorityModelTrainer().train(history());
		PriorityModel copy = PriorityModel.fromBytes(model.toBytes());
		assertThat(copy.classes()).isEqualTo(model.classes());
		assertThat(copy.vocabularySize()).isEqualTo(model.vocabularySize());
		this.classifier.replaceModel(Optional.of(copy));
		assertThat(classify("payroll totals wrong").priority()).isEqualTo(Priority.HIGH);
		assertThatThrownBy(() -> PriorityModel.fromBytes(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("wrong header");
	}

	@Test
	void trainingRefusesTooLittleHistory() {
		assertThatThrownBy(() -> new PriorityModelTrainer().train(List.of(LabelledTicket.of("a", "b", Priority.LOW))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least 20");
	}

	@Test
	void badInputNeverThrows() {
		assertThat(classify(null).priority()).isEqualTo(Priority.MEDIUM);
		assertThat(classify("").priority()).isEqualTo(Priority.MEDIUM);
		assertThat(classify("\u0000\u0001".repeat(1000)).priority()).isEqualTo(Priority.MEDIUM);
		assertThat(classify("outage ".repeat(200_000)).priority()).isEqualTo(Priority.HIGHEST);
		assertThat(classify("🔥🔥🔥").priority()).isEqualTo(Priority.MEDIUM);
	}

	@Test
	void parsesJiraNamesAndAliases() {
		assertThat(Priority.fromName("Highest")).contains(Priority.HIGHEST);
		assertThat(Priority.fromName("critical")).contains(Priority.HIGHEST);
		assertThat(Priority.fromName("Minor")).contains(Priority.LOW);
		assertThat(Priority.fromName("whatever")).isEmpty();
	}

	private PriorityAssessment classify(String text) {
		return this.classifier.classify(PriorityRequest.of(text));
	}

	private static List<LabelledTicket> history() {
		List<LabelledTicket> history = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			history.add(LabelledTicket.of("Payroll export wrong totals " + i, "the payroll totals are wrong",
					Priority.HIGH));
			history.add(LabelledTicket.of("Change wiki theme " + i, "please change the colour theme", Priority.LOW));
			history.add(LabelledTicket.of("New laptop request " + i, "I need a new laptop for a new hire",
					Priority.MEDIUM));
		}
		return history;
	}

}
