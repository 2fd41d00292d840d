package dev.tandem.connector.processing;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.processing.*}: the case worker.
 *
 * @param threads cases worked on at once by this instance (most of a case's time is spent
 * waiting for Elasticsearch and Jira: on 2 cores 4 threads sustained about 35 tickets/s,
 * 12 about 45, docs/retrieval.md "ONNX Runtime settings")
 * @param priorityThreads threads of the priority lane, which runs only work a person
 * waits for (follow-ups on automatic answers), so it never queues behind new tickets;
 * several, so that one slow Jira call does not hold the others up
 * @param ordinaryStepsWhileUrgent ordinary steps (triage, Jira actions of new tickets)
 * run at a time while priority work is queued or running; the other ordinary threads wait
 * before their next step, so that a follow-up finds the cores and Elasticsearch's queues
 * nearly free (at least 1: new tickets never stop)
 * @param queue cases waiting for a thread (beyond it, the sweep picks them up later)
 * @param lease how long a claimed case stays with this instance without renewal
 * @param sweepInterval how often due cases are looked for (retries, cases of crashed
 * instances, deliveries that arrived while the queue was full)
 * @param instanceId this instance's name in leases (default: host name and a random
 * suffix)
 * @param shutdownGrace how long stopping waits for cases in progress (an interrupted case
 * is resumed safely by the next instance)
 */
@Validated
@ConfigurationProperties("tandem.processing")
public record ProcessingProperties(@DefaultValue("12") @Min(1) @Max(64) int threads,
		@DefaultValue("4") @Min(1) @Max(16) int priorityThreads,
		@DefaultValue("1") @Min(1) @Max(64) int ordinaryStepsWhileUrgent, @DefaultValue("1000") @Min(1) int queue,
		@DefaultValue("60s") @NotNull Duration lease, @DefaultValue("2s") @NotNull Duration sweepInterval,
		Optional<String> instanceId, @DefaultValue("10s") @NotNull Duration shutdownGrace) {

	public ProcessingProperties {
		instanceId = (instanceId != null) ? instanceId.filter((id) -> !id.isBlank()) : Optional.empty();
	}

}
