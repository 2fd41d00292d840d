package dev.tandem.admin.routing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.connector.assignment.Absence;
import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterAgent;
import dev.tandem.connector.assignment.RosterStore;
import dev.tandem.connector.assignment.Shift;
import dev.tandem.connector.assignment.Team;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.audit.AuditQuery;
import dev.tandem.connector.store.DocumentIndexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The routing page against the connector's real roster store (test Elasticsearch): admins
 * edit and save versions, managers only read.
 */
class RoutingViewTest extends BrowserlessUiTest {

	@Autowired
	private RosterStore store;

	@Autowired
	private RoutingService service;

	@Autowired
	private AuditLog audit;

	@Autowired
	private DocumentIndexes indexes;

	@BeforeEach
	void baseline() {
		this.store.save(baselineRoster(), this.store.current().version(), "setup", Optional.of("test baseline"));
	}

	@Test
	@WithUserDetails("admin")
	void adminAddsAnAgentMarksOneAwayAndSavesAnAuditedVersion() {
		int before = this.store.current().version();
		RoutingView view = navigate("routing", RoutingView.class);
		assertThat(view.save.isEnabled()).isFalse();

		test(find(Button.class).id("routing-agent-add")).click();
		AgentDialog agent = find(AgentDialog.class).single();
		agent.id.setValue("carol-id");
		agent.name.setValue("Carol Diaz");
		agent.teams.setValue(Set.of("support"));
		agent.languages.setValue(Set.of("en", "es"));
		agent.timeZone.setValue("America/New_York");
		test(agent.save).click();

		test(find(Button.class).id("routing-away-add")).click();
		AwayDialog away = find(AwayDialog.class).single();
		away.agent.setValue(this.store.current().agent("bo").orElseThrow());
		away.until.setValue(LocalDate.of(2099, 1, 31));
		away.reason.setValue("parental leave");
		test(away.save).click();
		assertThat(view.unsavedBadge.isVisible()).isTrue();

		test(view.save).click();
		SaveDialog save = find(SaveDialog.class).single();
		save.comment.setValue("Carol joins; Bo on leave");
		test(save.save).click();

		Roster saved = this.store.current();
		assertThat(saved.version()).isEqualTo(before + 1);
		assertThat(saved.updatedBy()).isEqualTo("admin");
		assertThat(saved.comment()).contains("Carol joins; Bo on leave");
		assertThat(saved.agent("carol-id")).hasValueSatisfying((carol) -> {
			assertThat(carol.timeZone()).isEqualTo("America/New_York");
			assertThat(carol.hours()).containsEntry(DayOfWeek.MONDAY, new Shift("09:00", "17:00", false))
				.doesNotContainKey(DayOfWeek.SUNDAY);
		});
		assertThat(saved.away()).containsExactly(new Absence("bo", Optional.empty(),
				Optional.of(LocalDate.of(2099, 1, 31)), Optional.of("parental leave")));
		assertThat(view.unsavedBadge.isVisible()).isFalse();

		this.indexes.index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class).refresh();
		assertThat(this.audit.search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("admin"),
				Optional.of("routing.changed"), Optional.empty(), Optional.empty(), 0, 5)))
			.first()
			.satisfies((entry) -> assertThat(entry.details()).containsEntry("version", String.valueOf(before + 1))
				.containsEntry("before.agent carol-id", "(none)")
				.containsKey("after.away bo"));
	}

	@Test
	@WithUserDetails("admin")
	void leavingWithAnUnsavedRosterAsksAndStaysUntilItIsDiscarded() {
		RoutingView view = navigate("routing", RoutingView.class);
		view.markAway(this.store.current().agent("bo").orElseThrow());
		AwayDialog away = find(AwayDialog.class).single();
		away.until.setValue(LocalDate.of(2099, 1, 31));
		test(away.save).click();
		UI.getCurrent().navigate("");
		assertThat(getCurrentView()).isSameAs(view);
		confirm(view.unsavedChanges.question().orElseThrow());
		assertThat(getCurrentView()).isNotInstanceOf(RoutingView.class);
		assertThat(this.store.current().away()).noneMatch((absence) -> absence.agentId().equals("bo"));
	}

	@Test
	@WithUserDetails("admin")
	void theAgentDialogNamesWhatIsWrong() {
		navigate("routing", RoutingView.class);
		test(find(Button.class).id("routing-agent-add")).click();
		AgentDialog agent = find(AgentDialog.class).single();
		agent.id.setValue("ana");
		agent.teams.setValue(Set.of("support"));
		DayRow monday = agent.days.get(DayOfWeek.MONDAY);
		monday.start.setValue(LocalTime.of(17, 0));
		monday.end.setValue(LocalTime.of(8, 0));
		test(agent.save).click();

		assertThat(agent.isOpened()).isTrue();
		assertThat(agent.id.isInvalid()).isTrue();
		assertThat(agent.id.getErrorMessage()).isEqualTo("This agent is already in the roster");
		assertThat(monday.end.isInvalid()).isTrue();
		assertThat(monday.end.getErrorMessage()).contains("night shift");

		agent.id.setValue("night-owl");
		monday.overnight.setValue(true);
		test(agent.save).click();
		assertThat(agent.isOpened()).isFalse();
	}

	@Test
	@WithUserDetails("admin")
	void aVersionSavedMeanwhileIsAConflictAndNothingIsOverwritten() {
		RoutingView view = navigate("routing", RoutingView.class);
		test(find(Button.class).id("routing-away-add")).click();
		AwayDialog away = find(AwayDialog.class).single();
		away.agent.setValue(this.store.current().agent("ana").orElseThrow());
		test(away.save).click();

		Roster other = this.store.current();
		this.store.save(other, other.version(), "other-admin", Optional.of("meanwhile"));

		test(view.save).click();
		test(find(SaveDialog.class).single().save).click();

		assertThat(view.problems.isVisible()).isTrue();
		assertThat(view.problems.getElement().getTextRecursively()).contains("Someone else saved a newer version");
		assertThat(this.store.current().updatedBy()).isEqualTo("other-admin");
		assertThat(this.store.current().away()).isEmpty();
	}

	@Test
	@WithUserDetails("admin")
	void thePreviewExplainsWhoWouldGetTheTicketUnderTheDraft() {
		RoutingView view = navigate("routing", RoutingView.class);
		PreviewSection preview = find(PreviewSection.class).single();
		preview.category.setValue("billing");
		preview.language.setValue("zh");
		test(preview.ask).click();
		assertThat(find(Span.class).id("routing-preview-who").getText()).isEqualTo("Bo Chen (bo), team billing");
		assertThat(preview.result.getElement().getTextRecursively()).contains("Category 'billing': pool 'billing'")
			.contains("speaks 'zh'");

		test(find(Button.class).id("routing-away-add")).click();
		AwayDialog away = find(AwayDialog.class).single();
		away.agent.setValue(this.store.current().agent("bo").orElseThrow());
		test(away.save).click();
		test(preview.ask).click();
		assertThat(find(Span.class).id("routing-preview-who").getText())
			.isEqualTo("Nobody fits: the ticket would wait in the queue of team billing");
		assertThat(preview.result.getElement().getTextRecursively()).contains("With your unsaved changes")
			.contains("Everyone in pool 'billing' is away (Bo Chen)");

		preview.category.clear();
		test(preview.ask).click();
		assertThat(find(Span.class).id("routing-preview-who").getText()).startsWith("Ana Berger");
		assertThat(view.unsaved()).isTrue();
	}

	@Test
	@WithUserDetails("manager")
	void managersReadTheRosterButCannotChangeIt() {
		RoutingView view = navigate("routing", RoutingView.class);
		assertThat(find(Span.class).id("routing-read-only").getText()).isEqualTo("Read only");
		assertThat(find(Button.class).withId("routing-save").exists()).isFalse();
		assertThat(find(Button.class).withId("routing-agent-add").exists()).isFalse();
		assertThat(find(Button.class).withId("routing-away-add").exists()).isFalse();
		assertThat(view.roster().agents()).extracting(RosterAgent::id).contains("ana", "bo");
		Roster current = this.store.current();
		assertThatThrownBy(() -> this.service.save(current, current.version(), "sneaky"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("km")
	void knowledgeManagersCannotReadTheRoster() {
		assertThatThrownBy(() -> this.service.current()).isInstanceOf(AccessDeniedException.class);
	}

	private static Roster baselineRoster() {
		Map<DayOfWeek, Shift> always = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			always.put(day, new Shift("00:00", "24:00", false));
		}
		List<RosterAgent> agents = new ArrayList<>();
		agents.add(new RosterAgent("ana", "Ana Berger", List.of("support"), true, List.of("en", "de"), List.of(),
				"Europe/Berlin", always));
		agents.add(new RosterAgent("bo", "Bo Chen", List.of("billing"), false, List.of("zh", "en"), List.of("billing"),
				"Asia/Shanghai", always));
		return new Roster(0, "support", "senior",
				List.of(new Team("support", List.of(), Optional.empty()),
						new Team("billing", List.of("billing"), Optional.empty())),
				agents, List.of(), null, null, Optional.empty());
	}

}
