package dev.tandem.connector.triage;

import java.time.Clock;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.store.DocumentIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyProperties.class)
class TriageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TriageConfiguration.class);

	@Bean
	PolicyStore policyStore(DocumentIndexes indexes, PolicyProperties properties, AuditLog audit, Clock clock) {
		return new PolicyStore(indexes, properties, audit, clock);
	}

	@Bean
	Triage triage(TicketUnderstanding understanding, ObjectProvider<AnswerCandidates> candidates,
			PolicyStore policies) {
		AnswerCandidates retrieval = candidates.getIfAvailable(() -> {
			log.warn("No knowledge-base retrieval is connected (no AnswerCandidates bean): "
					+ "Tandem answers nothing itself and hands every ticket to a person");
			return AnswerCandidates.none();
		});
		return new Triage(understanding, retrieval, policies);
	}

}
