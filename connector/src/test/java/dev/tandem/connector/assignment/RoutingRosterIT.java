package dev.tandem.connector.assignment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.audit.AuditQuery;
import dev.tandem.connector.outcomes.MutableClock;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.StoreProperties;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two connector instances sharing one Elasticsearch: an admin edits the roster through
 * one, and the other's next assignment follows the edit after its short refresh, without
 * a restart. Saves are versioned, conflicts refused, changes audited with before and
 * after.
 */
class RoutingRosterIT {

	/** Monday 10:00 UTC: everyone below is within working hours. */
	private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

	private final MutableClock clock = new MutableClock(MONDAY);

	private IndexNames names;

	private AuditLog audit;

	private RosterStore editing;

	private RosterStore serving;

	private Assigner servingAssigner;

	@BeforeEach
	void twoInstances() {
		this.names = SharedElasticsearch.indexNames("routing");
		AssignmentProperties properties = properties();
		this.audit = new AuditLog(indexes(), this.clock);
		this.editing = new RosterStore(indexes(), properties, this.audit, this.clock);
		this.serving = new RosterStore(indexes(), properties, new AuditLog(indexes(), this.clock), this.clock);
		this.servingAssigner = new Assigner(this.serving::routing, Routing::members, new NoWorkload(), this.clock);
	}

	@AfterEach
	void cleanUp() {
		SharedElasticsearch.deleteIndices(this.names);
	}

	@Test
	void anEditReachesTheOtherInstancesNextAssignmentWithoutARestart() {
		assertThat(this.servingAssigner.assign(chinese()).agentId()).contains("ana");

		Roster configured = this.editing.current();
		assertThat(configured.version()).isZero();
		List<RosterAgent> agents = new ArrayList<>(configured.agents());
		agents.add(new RosterAgent("li", "Li Wei", List.of("support"), false, List.of("zh", "en"), List.of(),
				"Asia/Shanghai", Map.of(DayOfWeek.MONDAY, new Shift("08:00", "20:00", false))));
		Roster saved = this.editing.save(configured.withAgents(agents), 0, "admin", Optional.of("Li joins"));
		assertThat(saved.version()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(4));
		AssignmentResult next = this.servingAssigner.assign(chinese());
		assertThat(next.agentId()).contains("li");
		assertThat(next.reasons()).anyMatch((reason) -> reason.contains("speaks 'zh'"));
	}

	@Test
	void markingAnAgentAwayUntilADateSkipsThemEverywhere() {
		Roster current = this.editing.current();
		this.editing.save(current.withAway(List.of(new Absence("ana", Optional.empty(),
				Optional.of(LocalDate.of(2026, 11, 27)), Optional.of("conference")))), 0, "admin", Optional.empty());
		this.clock.advance(Duration.ofSeconds(4));

		AssignmentResult result = this.servingAssigner.assign(chinese());
		assertThat(result.agentId()).contains("bo");
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("Ana until 2026-11-27, conference"));
		assertThat(this.serving.awayNow()).containsExactly("ana");
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsAConflict() {
		Roster first = this.editing.current();
		this.editing.save(first, 0, "admin", Optional.of("first"));
		assertThatThrownBy(() -> this.serving.save(first, 0, "other-admin", Optional.of("second")))
			.isInstanceOf(VersionConflictException.class)
			.hasMessageContaining("reload");
		assertThat(this.editing.history(10)).extracting(Roster::version).containsExactly(1);
	}

	@Test
	void anInvalidRosterIsRefusedAndNothingIsStored() {
		Roster current = this.editing.current();
		List<RosterAgent> agents = new ArrayList<>(current.agents());
		agents.add(agents.get(0));
		assertThatThrownBy(() -> this.editing.save(current.withAgents(agents), 0, "admin", Optional.empty()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("agents[2].id: duplicate agent 'ana'");
		assertThat(this.editing.history(10)).isEmpty();
	}

	@Test
	void everyChangeIsAuditedWithWhoBeforeAndAfter() {
		Roster current = this.editing.current();
		List<RosterAgent> agents = new ArrayList<>(current.agents());
		RosterAgent ana = agents.get(0);
		agents.set(0, new RosterAgent(ana.id(), ana.name(), ana.teams(), ana.senior(), List.of("en", "de"),
				ana.skills(), ana.timeZone(), ana.hours()));
		this.editing.save(current.withAgents(agents), 0, "admin", Optional.of("Ana speaks German"));
		this.clock.advance(Duration.ofSeconds(1));
		this.editing.markAway("bo", true, "api");
		indexes().index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class).refresh();

		List<AuditEntry> entries = this.audit.search(new AuditQuery(Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.of("routing."), Optional.empty(), Optional.empty(), 0, 10));
		assertThat(entries).hasSize(2);
		AuditEntry edit = entries.get(1);
		assertThat(edit.actor()).isEqualTo("admin");
		assertThat(edit.reasons()).first().isEqualTo("Ana speaks German");
		assertThat(edit.details()).containsEntry("version", "1")
			.hasEntrySatisfying("before.agent ana", (before) -> assertThat(before).contains("languages en ·"))
			.hasEntrySatisfying("after.agent ana", (after) -> assertThat(after).contains("languages en, de ·"));
		assertThat(entries.get(0).actor()).isEqualTo("api");
		assertThat(entries.get(0).details()).containsEntry("before.away bo", "(none)");
		assertThat(this.editing.history(10)).extracting(Roster::version).containsExactly(2, 1);
	}

	@Test
	void theOlderAwayApiStillMarksAgentsAwayAndBack() {
		assertThat(this.editing.markAway("ana", true, "api")).containsExactly("ana");
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(this.servingAssigner.assign(chinese()).agentId()).contains("bo");
		assertThat(this.editing.markAway("ana", false, "api")).isEmpty();
		assertThat(this.editing.current().version()).isEqualTo(2);
	}

	private DocumentIndexes indexes() {
		return new DocumentIndexes(SharedElasticsearch.connection(), this.names, new StoreProperties(0));
	}

	private static AssignmentRequest chinese() {
		return new AssignmentRequest("SUP-1", Optional.empty(), "zh", false);
	}

	private static AssignmentProperties properties() {
		return new AssignmentProperties("support", "senior", Map.of(), Map.of(),
				List.of(agent("ana", "Ana"), agent("bo", "Bo")), List.of(),
				new AssignmentProperties.Defaults(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0),
						List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
								DayOfWeek.FRIDAY),
						List.of()),
				Duration.ofSeconds(30), Duration.ofMinutes(5), "statusCategory != Done", Duration.ofSeconds(3));
	}

	private static AssignmentProperties.AgentSettings agent(String id, String name) {
		return new AssignmentProperties.AgentSettings(id, name, List.of("support"), List.of("en"), List.of(),
				Optional.empty(), Optional.empty(), Optional.empty(), List.of());
	}

	private static final class NoWorkload implements Workload {

		@Override
		public Map<String, Integer> openTickets(Collection<String> agentIds) {
			return Map.of();
		}

		@Override
		public void assigned(String agentId) {
		}

	}

}
