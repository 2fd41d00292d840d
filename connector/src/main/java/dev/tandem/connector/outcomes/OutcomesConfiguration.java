package dev.tandem.connector.outcomes;

import java.time.Clock;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.triage.PolicyStore;
import dev.tandem.kb.calibration.AnsweringSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutcomeProperties.class)
class OutcomesConfiguration {

	@Bean
	AnswerOutcomes answerOutcomes(CaseStore cases, OutcomeProperties properties, Clock clock) {
		return new AnswerOutcomes(cases, properties, clock);
	}

	@Bean
	ArticleOutcomes articleOutcomes(CaseStore cases, DocumentIndexes indexes, AuditLog audit,
			OutcomeProperties properties, Clock clock) {
		return new ArticleOutcomes(cases, indexes, audit, properties, clock);
	}

	@Bean
	ThresholdFeedback thresholdFeedback(CaseStore cases, PolicyStore policies, AuditLog audit,
			OutcomeProperties properties, ObjectProvider<AnsweringSettings> answering, Clock clock) {
		double target = answering.getIfAvailable(AnsweringSettings::defaults).targetPrecision();
		return new ThresholdFeedback(cases, policies, audit, properties, target, clock);
	}

	@Bean
	OutcomeChecks outcomeChecks(AnswerOutcomes outcomes, ArticleOutcomes articles, ThresholdFeedback feedback,
			OutcomeProperties properties) {
		return new OutcomeChecks(outcomes, articles, feedback, properties);
	}

}
