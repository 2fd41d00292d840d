package dev.tandem.connector.assignment;

import java.time.Clock;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.DocumentIndexes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssignmentProperties.class)
class AssignmentConfiguration {

	@Bean
	AgentDirectory agentDirectory(AssignmentProperties properties, JiraSite jira, Clock clock) {
		return new AgentDirectory(properties, jira, clock);
	}

	@Bean
	AwayList awayList(DocumentIndexes indexes, AssignmentProperties properties, AuditLog audit, Clock clock) {
		return new AwayList(indexes, properties, audit, clock);
	}

	@Bean
	JiraWorkload jiraWorkload(JiraSite jira, AssignmentProperties properties, Clock clock) {
		return new JiraWorkload(jira, properties, clock);
	}

	@Bean
	Assigner assigner(AgentDirectory directory, AwayList away, JiraWorkload workload, AssignmentProperties properties,
			Clock clock) {
		return new Assigner(directory, away::isAway, workload, properties, clock);
	}

}
