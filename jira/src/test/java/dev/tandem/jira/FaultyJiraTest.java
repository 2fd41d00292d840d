package dev.tandem.jira;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultyJiraTest {

	@Test
	void sameSeedInjectsTheSameFaultsIntoTheSameCalls() {
		JiraFaults faults = JiraFaults.each(42, 0.05, Duration.ofSeconds(1), Duration.ofSeconds(3));
		JiraFaults again = JiraFaults.each(42, 0.05, Duration.ofSeconds(1), Duration.ofSeconds(3));
		for (int i = 1; i <= 200; i++) {
			assertThat(again.decide("POST", "/rest/api/3/issue/SUP-" + i + "/comment", 1))
				.isEqualTo(faults.decide("POST", "/rest/api/3/issue/SUP-" + i + "/comment", 1));
		}
	}

	@Test
	void injectsEachKindAtAboutItsRate() {
		JiraFaults faults = JiraFaults.each(7, 0.05, Duration.ofSeconds(1), Duration.ofSeconds(3));
		Map<JiraFaults.Fault, Integer> counts = new EnumMap<>(JiraFaults.Fault.class);
		for (int i = 0; i < 20000; i++) {
			counts.merge(faults.decide("PUT", "/rest/api/3/issue/SUP-" + i + "/assignee", 1), 1, Integer::sum);
		}
		assertThat(counts.get(JiraFaults.Fault.NONE)).isBetween(15500, 16500);
		assertThat(counts.get(JiraFaults.Fault.TOO_MANY_REQUESTS)).isBetween(800, 1200);
		assertThat(counts.get(JiraFaults.Fault.SLOW_AFTER_APPLYING)).isBetween(800, 1200);
		assertThat(counts.get(JiraFaults.Fault.RESET) + counts.get(JiraFaults.Fault.RESET_AFTER_APPLYING))
			.isBetween(800, 1200);
		assertThat(counts.get(JiraFaults.Fault.RESET_AFTER_APPLYING)).isPositive();
		assertThat(counts.get(JiraFaults.Fault.SERVER_ERROR_AFTER_APPLYING)).isPositive();
	}

	@Test
	void refusesRatesAddingUpToMoreThanEverything() {
		assertThatThrownBy(() -> JiraFaults.each(1, 0.3, Duration.ofSeconds(1), Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("add up to at most 1");
	}

	@Test
	void remembersCommentsAndAssignmentsAndAnswersReadsFromThem() {
		try (FaultyJira jira = FaultyJira.start(JiraFaults.none())) {
			JiraClient client = JiraClientFactory.standalone(Clock.systemUTC()).createSingleAttempt(jira.properties());
			client.addPublicReply("SUP-1", JiraDocument.plainText("Refunds take five days. (ref SUP-1/0/reply)"));
			client.assign("SUP-1", "557058:agent");
			client.assign("SUP-1", "557058:agent");

			assertThat(client.comments("SUP-1")).singleElement()
				.satisfies((comment) -> assertThat(comment.body()).contains("(ref SUP-1/0/reply)"));
			JiraLedger.IssueOutcome outcome = jira.ledger().outcome("SUP-1");
			assertThat(outcome.publicComments()).isEqualTo(1);
			assertThat(outcome.assignmentChanges()).isEqualTo(1);
			assertThat(outcome.assignmentRequests()).isEqualTo(2);
			assertThat(jira.unexpectedRequests()).isEmpty();
			assertThat(jira.specProblems()).isEmpty();
		}
	}

	@Test
	void aResetAfterApplyingLeavesTheCommentInJiraWhileTheCallerSeesAFailure() {
		JiraFaults everyCallReset = new JiraFaults(3, 0, 0, 0, 1.0, Duration.ofSeconds(1), Duration.ZERO);
		try (FaultyJira jira = FaultyJira.start(everyCallReset)) {
			JiraClient client = JiraClientFactory.standalone(Clock.systemUTC()).createSingleAttempt(jira.properties());
			int failures = 0;
			for (int i = 1; i <= 20; i++) {
				try {
					client.addPublicReply("SUP-" + i, JiraDocument.plainText("reply"));
				}
				catch (JiraException ex) {
					assertThat(ex.kind()).isEqualTo(JiraException.Kind.NETWORK);
					failures++;
				}
			}
			assertThat(failures).isEqualTo(20);
			assertThat(jira.injected().get(JiraFaults.Fault.RESET_AFTER_APPLYING)).isPositive();
			int applied = jira.ledger().changedIssues().size();
			assertThat(applied).isEqualTo(jira.injected().get(JiraFaults.Fault.RESET_AFTER_APPLYING));
		}
	}

}
