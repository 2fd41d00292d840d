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
	RosterStore rosterStore(DocumentIndexes indexes, AssignmentProperties properties, AuditLog audit, Clock clock) {
		return new RosterStore(indexes, properties, audit, clock);
	}

	@Bean
	AwayList awayList(RosterStore roster) {
		return new AwayList(roster);
	}

	@Bean
	JiraWorkload jiraWorkload(JiraSite jira, AssignmentProperties properties, Clock clock) {
		return new JiraWorkload(jira, properties, clock);
	}

	@Bean
	Assigner assigner(RosterStore roster, AgentDirectory directory, JiraWorkload workload, Clock clock) {
		return new Assigner(roster::routing, directory, workload, clock);
	}

}
