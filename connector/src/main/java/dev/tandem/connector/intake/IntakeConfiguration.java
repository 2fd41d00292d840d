package dev.tandem.connector.intake;

import java.time.Clock;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.FirstLease;
import dev.tandem.connector.jirasite.JiraSite;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.triage.Triage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

	@Bean
	Intake intake(CaseStore cases, Triage triage, JiraSite jira, ApplicationEventPublisher events,
			IntakeProperties properties, ObjectProvider<FirstLease> firstLease, Clock clock) {
		// looked up when a case is stored: the workers that provide it are built after
		// intake (they run the catch-up poller, which needs intake)
		FirstLease workers = (now) -> firstLease.getIfAvailable(FirstLease::none).forNewCase(now);
		return new Intake(cases, triage, jira, events, properties.satisfactionField(), workers, clock);
	}

	@Bean
	CatchUpPoller catchUpPoller(JiraSite jira, Intake intake, DocumentIndexes indexes, IntakeProperties properties,
			Clock clock) {
		return new CatchUpPoller(jira, intake, indexes, properties, clock);
	}

}
