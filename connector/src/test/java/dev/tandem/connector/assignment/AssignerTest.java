package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignerTest {

	/** Monday 02:00 UTC: 10:00 in Shanghai, 03:00 in Berlin, Sunday 21:00 in New York. */
	private static final Instant MONDAY_2_UTC = Instant.parse("2026-11-23T02:00:00Z");

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final Agent shanghai = agent("li", "support", "zh,en", "", "Asia/Shanghai");

	private final Agent berlin = agent("anna", "support", "en,de", "billing", "Europe/Berlin");

	private final Agent newYork = agent("sam", "senior", "en", "", "America/New_York");

	private final Map<String, Integer> open = new HashMap<>();

	private final FakeWorkload workload = new FakeWorkload();

	@Test
	void choosesTheAgentWithinWorkingHoursInTheirOwnTimeZone() {
		AssignmentResult result = assigner(List.of(this.berlin, this.shanghai), Set.of(), MONDAY_2_UTC)
			.assign(request(Optional.empty(), "en", false));
		assertThat(result.agentId()).contains("li");
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("Asia/Shanghai (working hours)"));
	}

	@Test
	void prefersAgentsWhoSpeakTheCustomersLanguage() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		AssignmentResult result = assigner(List.of(this.berlin, this.shanghai), Set.of(), mondayNoonUtc)
			.assign(request(Optional.empty(), "zh", false));
		assertThat(result.agentId()).contains("li");
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("1 of 2 available agents speak 'zh'"));
	}

	@Test
	void prefersAgentsWhoKnowTheCategory() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		assertThat(assigner(List.of(this.shanghai, this.berlin), Set.of(), mondayNoonUtc)
			.assign(request(Optional.of("billing"), "en", false))
			.agentId()).contains("anna");
	}

	@Test
	void sendsVipsToTheSeniorPool() {
		AssignmentResult result = assigner(List.of(this.shanghai, this.newYork), Set.of(), MONDAY_2_UTC)
			.assign(request(Optional.empty(), "en", true));
		assertThat(result.pool()).isEqualTo("senior");
		assertThat(result.agentId()).contains("sam");
		assertThat(result.reasons()).first().asString().contains("VIP");
	}

	@Test
	void choosesTheLeastLoadedAgent() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		this.open.put("li", 5);
		this.open.put("anna", 2);
		AssignmentResult result = assigner(List.of(this.shanghai, this.berlin), Set.of(), mondayNoonUtc)
			.assign(request(Optional.empty(), "en", false));
		assertThat(result.agentId()).contains("anna");
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("fewest open tickets (2)"));
	}

	@Test
	void takesTurnsBetweenEquallyLoadedAgents() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		Agent a = agent("a", "support", "en", "", "UTC");
		Agent b = agent("b", "support", "en", "", "UTC");
		Assigner assigner = assigner(List.of(a, b), Set.of(), mondayNoonUtc);
		this.workload.counting = false;
		List<String> chosen = java.util.stream.IntStream.range(0, 4)
			.mapToObj((i) -> assigner.assign(request(Optional.empty(), "en", false)).agentId().orElseThrow())
			.toList();
		assertThat(chosen).containsExactly("a", "b", "a", "b");
	}

	@Test
	void countsNewAssignmentsTowardsTheWorkload() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		Agent a = agent("a", "support", "en", "", "UTC");
		Agent b = agent("b", "support", "en", "", "UTC");
		Assigner assigner = assigner(List.of(a, b), Set.of(), mondayNoonUtc);
		assigner.assign(request(Optional.empty(), "en", false));
		assertThat(this.open).containsEntry("a", 1);
		assertThat(assigner.assign(request(Optional.empty(), "en", false)).agentId()).contains("b");
	}

	@Test
	void previewsDoNotMoveTheRoundRobin() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		Agent a = agent("a", "support", "en", "", "UTC");
		Agent b = agent("b", "support", "en", "", "UTC");
		Assigner assigner = assigner(List.of(a, b), Set.of(), mondayNoonUtc);
		assigner.propose(request(Optional.empty(), "en", false));
		assertThat(assigner.propose(request(Optional.empty(), "en", false)).agentId()).contains("a");
		assertThat(this.open).isEmpty();
	}

	@Test
	void skipsAgentsWhoAreAway() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		AssignmentResult result = assigner(List.of(this.shanghai, this.berlin), Set.of("li"), mondayNoonUtc)
			.assign(request(Optional.empty(), "zh", false));
		assertThat(result.agentId()).contains("anna");
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("1 of 2 agents in 'support' are away"));
	}

	@Test
	void leavesTheTicketInTheQueueWhenEveryoneIsAway() {
		AssignmentResult result = assigner(List.of(this.shanghai), Set.of("li"), MONDAY_2_UTC)
			.assign(request(Optional.empty(), "en", false));
		assertThat(result.agentId()).isEmpty();
		assertThat(result.reasons()).last().asString().contains("stays unassigned");
	}

	@Test
	void fallsBackToPresentAgentsWhenNobodyIsWorkingNow() {
		Instant saturday = Instant.parse("2026-11-28T12:00:00Z");
		AssignmentResult result = assigner(List.of(this.berlin), Set.of(), saturday)
			.assign(request(Optional.empty(), "en", false));
		assertThat(result.agentId()).contains("anna");
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("within working hours"));
	}

	@Test
	void explainsEveryStepInPlainEnglishAndInChinese() {
		Instant mondayNoonUtc = Instant.parse("2026-11-23T08:30:00Z");
		AssignmentResult result = assigner(List.of(this.shanghai, this.berlin), Set.of("li"), mondayNoonUtc)
			.assign(request(Optional.of("billing"), "de", false));
		assertThat(result.reasons()).containsExactly(
				"Default pool 'support' (category 'billing' has no pool of its own).",
				"1 of 2 agents in 'support' are away: li, holiday.",
				"Assigned to anna: the only fitting agent; speaks 'de'; knows 'billing'; local time Mon 09:30 Europe/Berlin (working hours).");
		assertThat(result.explanations()).extracting((reason) -> reason.text(Locale.SIMPLIFIED_CHINESE))
			.containsExactly("默认团队“support”（类别“billing”没有自己的团队）。", "“support”的 2 名客服中有 1 名不在：li，holiday。",
					"分派给 anna：唯一合适的客服；会说“de”；掌握“billing”；当地时间 Mon 09:30 Europe/Berlin（工作时间内）。");
		assertThat(result.explanations().get(0).text(Locale.FRENCH)).isEqualTo(result.reasons().get(0));
	}

	@Test
	void understandsNightShiftsAcrossMidnight() {
		Agent night = new Agent("owl", "Owl", Set.of("support"), Set.of("en"), Set.of(), ZoneId.of("UTC"),
				LocalTime.of(22, 0), LocalTime.of(6, 0), EnumSet.of(DayOfWeek.MONDAY));
		assertThat(night.worksAt(Instant.parse("2026-11-23T23:00:00Z"))).isTrue();
		assertThat(night.worksAt(Instant.parse("2026-11-24T05:59:00Z"))).isTrue();
		assertThat(night.worksAt(Instant.parse("2026-11-24T06:00:00Z"))).isFalse();
		assertThat(night.worksAt(Instant.parse("2026-11-23T05:00:00Z"))).isFalse();
	}

	private Assigner assigner(List<Agent> agents, Set<String> away, Instant now) {
		Roster roster = new Roster(1, "support", "senior", List.of(), List.of(),
				away.stream().map((id) -> Absence.indefinite(id, "holiday")).toList(), "test", now, Optional.empty());
		Routing routing = Routing.of(roster);
		AgentPools pools = (rules, pool) -> agents.stream().filter((agent) -> agent.pools().contains(pool)).toList();
		return new Assigner(() -> routing, pools, this.workload, Clock.fixed(now, ZoneOffset.UTC));
	}

	private static AssignmentRequest request(Optional<String> category, String language, boolean vip) {
		return new AssignmentRequest("SUP-1", category, language, vip);
	}

	private static Agent agent(String id, String pools, String languages, String skills, String zone) {
		return new Agent(id, id, Set.of(pools.split(",")), Set.of(languages.split(",")),
				skills.isEmpty() ? Set.of() : Set.of(skills.split(",")), ZoneId.of(zone), LocalTime.of(9, 0),
				LocalTime.of(17, 0), WEEKDAYS);
	}

	private final class FakeWorkload implements Workload {

		boolean counting = true;

		@Override
		public Map<String, Integer> openTickets(Collection<String> agentIds) {
			return Map.copyOf(AssignerTest.this.open);
		}

		@Override
		public void assigned(String agentId) {
			if (this.counting) {
				AssignerTest.this.open.merge(agentId, 1, Integer::sum);
			}
		}

	}

}
