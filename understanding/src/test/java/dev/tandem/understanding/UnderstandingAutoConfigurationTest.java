package dev.tandem.understanding;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.tandem.understanding.priority.Priority;
import dev.tandem.understanding.priority.PriorityClassifier;
import dev.tandem.understanding.priority.PriorityModelTrainer;
import dev.tandem.understanding.priority.PriorityRequest;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import dev.tandem.understanding.sentiment.SentimentAnalyzer;
import dev.tandem.understanding.sentiment.SentimentPrototypes;

import static org.assertj.core.api.Assertions.assertThat;

class UnderstandingAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(UnderstandingAutoConfiguration.class));

	@Test
	void registersEveryBeanWithDefaults() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(TicketAnalyzer.class)
				.hasSingleBean(SentimentAnalyzer.class)
				.hasSingleBean(PriorityClassifier.class)
				.hasSingleBean(PriorityModelTrainer.class)
				.hasSingleBean(PersonalDataMasker.class);
			assertThat(context.getBean(PriorityClassifier.class).rules().rules()).isNotEmpty();
		});
	}

	@Test
	void usesSentimentPrototypesWhenTheApplicationProvidesThemUnlessSwitchedOff() {
		SentimentPrototypes prototypes = SentimentPrototypes.chinese((texts) -> List.of());
		this.runner.run((context) -> assertThat(context.getBean(SentimentAnalyzer.class).usesPrototypes()).isFalse());
		this.runner.withBean(SentimentPrototypes.class, () -> prototypes)
			.run((context) -> assertThat(context.getBean(SentimentAnalyzer.class).usesPrototypes()).isTrue());
		this.runner.withBean(SentimentPrototypes.class, () -> prototypes)
			.withPropertyValues("tandem.understanding.sentiment.prototypes=false")
			.run((context) -> assertThat(context.getBean(SentimentAnalyzer.class).usesPrototypes()).isFalse());
	}

	@Test
	void bindsPriorityRulesFromConfigurationKeepingTheBuiltInOnes() {
		this.runner
			.withPropertyValues("tandem.understanding.priority.default-priority=LOW",
					"tandem.understanding.priority.rules[0].name=printer",
					"tandem.understanding.priority.rules[0].priority=HIGHEST",
					"tandem.understanding.priority.rules[0].keywords[0]=printer on fire",
					"tandem.understanding.priority.vip.reporters[0]=boss@example.com",
					"tandem.understanding.priority.request-types[0].name=Incident",
					"tandem.understanding.priority.request-types[0].priority=HIGH",
					"tandem.understanding.priority.request-types[0].sla=2h")
			.run((context) -> {
				PriorityClassifier classifier = context.getBean(PriorityClassifier.class);
				assertThat(classifier.classify(PriorityRequest.of("the printer on fire")).priority())
					.isEqualTo(Priority.HIGHEST);
				assertThat(classifier.classify(PriorityRequest.of("outage")).priority()).isEqualTo(Priority.HIGHEST);
				assertThat(classifier.classify(PriorityRequest.of("hello")).priority()).isEqualTo(Priority.LOW);
				assertThat(classifier.classify(PriorityRequest.of("hello").withReporter("BOSS@example.com")).priority())
					.isEqualTo(Priority.HIGH);
				assertThat(classifier.classify(PriorityRequest.of("x").withRequestType("Incident")).sla())
					.hasValueSatisfying((sla) -> assertThat(sla.toHours()).isEqualTo(2));
			});
	}

	@Test
	void refusesInvalidRulesAtStartUpNamingTheField() {
		this.runner
			.withPropertyValues("tandem.understanding.priority.rules[0].name=bad",
					"tandem.understanding.priority.rules[0].priority=HIGH",
					"tandem.understanding.priority.rules[0].patterns[0]=(unclosed")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("patterns[0]");
			});
	}

	@Test
	void bindsMaskingTypesAndSentimentThresholds() {
		this.runner
			.withPropertyValues("tandem.understanding.masking.types=EMAIL",
					"tandem.understanding.sentiment.neutral-band=0.01")
			.run((context) -> {
				TicketInsight insight = context.getBean(TicketAnalyzer.class)
					.analyze(TicketText.of("a@b.io 13812345678", "please"));
				assertThat(insight.summary().text()).isEqualTo("[EMAIL] 13812345678");
				assertThat(insight.sentiment().label().isPositive()).isTrue();
			});
	}

	@Test
	void refusesAnAnalysisLimitThatIsTooSmall() {
		this.runner.withPropertyValues("tandem.understanding.max-analysed-chars=10")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnBean() {
		this.runner.withUserConfiguration(OwnMasker.class)
			.run((context) -> assertThat(context.getBean(PersonalDataMasker.class)).isSameAs(OwnMasker.MASKER));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnMasker {

		static final PersonalDataMasker MASKER = new PersonalDataMasker();

		@Bean
		PersonalDataMasker personalDataMasker() {
			return MASKER;
		}

	}

}
