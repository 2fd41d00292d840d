package dev.tandem.connector.triage;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDifferenceTest {

	private static TriagePolicy policy(double minimum, Set<String> never, TriagePolicy.Vip vip) {
		return new TriagePolicy(3, true, minimum, 0.5, Set.of("en", "zh"), never, Set.of(SentimentLabel.VERY_NEGATIVE),
				true, true, vip, "ada", Instant.EPOCH, Optional.of("why"), Map.of("billing", 0.9));
	}

	@Test
	void namesOnlyTheChangedFieldsWithReadableValuesBeforeAndAfter() {
		TriagePolicy before = policy(0, Set.of(), TriagePolicy.Vip.none());
		TriagePolicy after = policy(0.85, Set.of("legal", "billing"),
				new TriagePolicy.Vip(Set.of("bigcustomer.com"), Set.of(), Set.of(), Map.of("customfield_1", "Gold")));

		assertThat(PolicyDifference.between(before, after)).containsExactly(
				new PolicyDifference.Change("autoAnswerMinConfidence", "0.0", "0.85"),
				new PolicyDifference.Change("neverAutoAnswerCategories", "(none)", "billing, legal"),
				new PolicyDifference.Change("vip.emailDomains", "(none)", "bigcustomer.com"),
				new PolicyDifference.Change("vip.fields", "(none)", "customfield_1=Gold"));
	}

	@Test
	void authorshipAndVersionAreNotChanges() {
		TriagePolicy policy = policy(0.5, Set.of("legal"), TriagePolicy.Vip.none());
		assertThat(PolicyDifference.between(policy, policy.asVersion(9, "bob", Instant.now(), Optional.empty())))
			.isEmpty();
	}

}
