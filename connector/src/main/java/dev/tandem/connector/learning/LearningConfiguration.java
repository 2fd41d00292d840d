package dev.tandem.connector.learning;

import java.time.Clock;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.kb.harvest.ResolutionHarvester;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Learning from human resolutions, when the process has the knowledge base. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LearningProperties.class)
@ConditionalOnProperty(name = "tandem.learning.enabled", havingValue = "true", matchIfMissing = true)
class LearningConfiguration {

	@Bean
	@ConditionalOnBean(ResolutionHarvester.class)
	ResolutionLearning resolutionLearning(CaseStore cases, JiraSite jira, ResolutionHarvester harvester,
			LearningProperties properties, Clock clock) {
		return new ResolutionLearning(cases, jira, harvester, properties, clock);
	}

	@Bean
	@ConditionalOnBean(ResolutionLearning.class)
	LearningWorker learningWorker(ResolutionLearning learning, CaseStore cases, LearningProperties properties,
			Clock clock) {
		return new LearningWorker(learning, cases, properties, clock);
	}

}
