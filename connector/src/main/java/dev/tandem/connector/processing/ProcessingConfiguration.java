package dev.tandem.connector.processing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;

import dev.tandem.connector.actions.ActionExecutor;
import dev.tandem.connector.actions.ActionPlanner;
import dev.tandem.connector.assignment.Assigner;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.intake.CatchUpPoller;
import dev.tandem.connector.intake.IntakeProperties;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.triage.Triage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
class ProcessingConfiguration {

	@Bean
	ProcessingMetrics processingMetrics(ObjectProvider<MeterRegistry> registry) {
		return new ProcessingMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	CaseProcessor caseProcessor(CaseStore cases, Triage triage, Assigner assigner, ActionPlanner planner,
			ActionExecutor executor, OperatingMode mode, AuditLog audit, ProcessingMetrics metrics,
			ProcessingProperties properties, Clock clock) {
		String owner = properties.instanceId().orElseGet(ProcessingConfiguration::defaultInstanceId);
		return new CaseProcessor(cases, new TriageStep(triage, assigner, planner, mode, audit, clock),
				new OutboxStep(executor, mode, audit, clock, metrics),
				new FollowUpStep(triage, assigner, planner, mode, audit, clock), owner, properties.lease(), clock,
				metrics);
	}

	@Bean
	CaseWorker caseWorker(CaseProcessor processor, CaseStore cases, CatchUpPoller catchUp,
			ProcessingProperties properties, IntakeProperties intake, ProcessingMetrics metrics, Clock clock) {
		return new CaseWorker(processor, cases, catchUp, properties, intake, metrics, clock);
	}

	private static String defaultInstanceId() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "connector";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
