package dev.tandem.admin.routing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.tandem.connector.assignment.Absence;
import dev.tandem.connector.assignment.Agent;
import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterAgent;
import dev.tandem.connector.assignment.Routing;

/**
 * The agents: teams, skills, languages, hours in their zone, whether they could take a
 * ticket right now and how many open tickets they have.
 */
class AgentsSection extends Div {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm");

	final Grid<RosterAgent> grid = new Grid<>();

	final Button add = new Button();

	private final Draft draft;

	private final Supplier<Instant> now;

	private final Function<List<String>, Map<String, Integer>> workload;

	private final Consumer<RosterAgent> markAway;

	private Map<String, Integer> open = Map.of();

	private Routing routing;

	AgentsSection(Draft draft, Supplier<Instant> now, Function<List<String>, Map<String, Integer>> workload,
			Consumer<RosterAgent> markAway) {
		this.draft = draft;
		this.now = now;
		this.workload = workload;
		this.markAway = markAway;
		setId("routing-agents");
		addClassName("tandem-routing-section");
		this.add.setText(getTranslation("routing.agent.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.setId("routing-agent-add");
		this.add.addClickListener((event) -> open(Optional.empty()));
		this.grid.addComponentColumn(this::who)
			.setHeader(getTranslation("routing.agent.name"))
			.setWidth("10em")
			.setFlexGrow(1);
		this.grid.addColumn((agent) -> String.join(", ", agent.teams()) + (agent.senior() ? " ★" : ""))
			.setHeader(getTranslation("routing.agent.teams"))
			.setWidth("6em")
			.setFlexGrow(1);
		this.grid.addColumn((agent) -> String.join(", ", agent.skills()))
			.setHeader(getTranslation("routing.agent.skills"))
			.setWidth("6em")
			.setFlexGrow(1);
		this.grid.addColumn((agent) -> String.join(", ", agent.languages()))
			.setHeader(getTranslation("routing.agent.languages"))
			.setFlexGrow(0)
			.setWidth("7em");
		this.grid.addComponentColumn(this::hours)
			.setHeader(getTranslation("routing.agent.hours"))
			.setWidth("10em")
			.setFlexGrow(2);
		this.grid.addComponentColumn(this::availability)
			.setHeader(getTranslation("routing.agent.available"))
			.setFlexGrow(0)
			.setWidth("9.5em");
		this.grid.addColumn((agent) -> Optional.ofNullable(this.open.get(agent.id())).map(String::valueOf).orElse("—"))
			.setHeader(getTranslation("routing.agent.open"))
			.setFlexGrow(0)
			.setWidth("5.5em");
		if (draft.editable()) {
			this.grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
		}
		// long names, several skills or split hours wrap instead of being cut off
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("routing.agents.empty"));
		this.grid.setId("routing-agent-grid");
		HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("routing.agents")));
		head.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (draft.editable()) {
			head.add(this.add);
		}
		add(head, this.grid);
	}

	void show() {
		List<RosterAgent> agents = this.draft.roster().agents();
		this.routing = Routing.of(this.draft.roster());
		this.open = this.workload.apply(agents.stream().map(RosterAgent::id).toList());
		this.grid.setItems(agents);
	}

	private Div who(RosterAgent agent) {
		Span name = new Span(agent.name());
		name.addClassName("tandem-cell-title");
		Span id = new Span(agent.id());
		id.addClassName("tandem-cell-id");
		// long accountIds are cut off in the cell: the whole id on hover
		id.getElement().setAttribute("title", agent.id());
		Div who = new Div(name, id);
		who.addClassName("tandem-routing-who");
		return who;
	}

	/** Hours, and the zone they are in below. */
	private Div hours(RosterAgent agent) {
		Span hours = new Span(
				HoursText.of(agent.hours(), getLocale(), getTranslation("routing.agent.overnight.short")));
		Span zone = new Span(agent.timeZone());
		zone.addClassName("tandem-cell-id");
		Div cell = new Div(hours, zone);
		cell.addClassName("tandem-routing-who");
		return cell;
	}

	private Span availability(RosterAgent agent) {
		Instant moment = this.now.get();
		Optional<Agent> runtime = this.routing.agent(agent.id());
		Optional<Absence> absence = this.routing.absence(agent.id(), moment);
		String local = runtime.map((a) -> LOCAL.format(moment.atZone(a.timeZone()))).orElse("");
		Span badge;
		if (absence.isPresent()) {
			badge = new Span(absence.get()
				.until()
				.map((day) -> getTranslation("routing.agent.away-until", day.toString()))
				.orElse(getTranslation("routing.agent.away")));
			badge.addClassName("tandem-badge-error");
		}
		else if (runtime.map((a) -> a.worksAt(moment)).orElse(false)) {
			badge = new Span(getTranslation("routing.agent.working", local));
			badge.addClassName("tandem-badge-published");
		}
		else {
			badge = new Span(getTranslation("routing.agent.off", local));
			badge.addClassName("tandem-badge-archived");
		}
		badge.addClassName("tandem-badge");
		return badge;
	}

	private HorizontalLayout actions(RosterAgent agent) {
		Button edit = new Button(VaadinIcon.EDIT.create(), (event) -> open(Optional.of(agent)));
		edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		edit.setAriaLabel(getTranslation("routing.agent.edit") + " " + agent.name());
		edit.setTooltipText(getTranslation("routing.agent.edit"));
		Button away = new Button(VaadinIcon.AIRPLANE.create(), (event) -> this.markAway.accept(agent));
		away.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		away.setAriaLabel(getTranslation("routing.away.add") + " " + agent.name());
		away.setTooltipText(getTranslation("routing.away.add"));
		Button remove = new Button(VaadinIcon.TRASH.create(), (event) -> {
			Roster roster = this.draft.roster();
			List<RosterAgent> agents = new ArrayList<>(roster.agents());
			agents.remove(agent);
			this.draft.change(roster.withAgents(agents));
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
		remove.setAriaLabel(getTranslation("routing.agent.remove") + " " + agent.name());
		remove.setTooltipText(getTranslation("routing.agent.remove"));
		HorizontalLayout actions = new HorizontalLayout(edit, away, remove);
		actions.setSpacing(false);
		return actions;
	}

	private void open(Optional<RosterAgent> existing) {
		List<String> teams = new ArrayList<>(this.draft.teamNames());
		java.util.Set<String> taken = this.draft.agentIds();
		new AgentDialog(existing, teams, this.draft.categories(), taken, (agent) -> {
			Roster roster = this.draft.roster();
			List<RosterAgent> agents = new ArrayList<>(roster.agents());
			int at = existing.map(agents::indexOf).orElse(-1);
			if (at >= 0) {
				agents.set(at, agent);
			}
			else {
				agents.add(agent);
			}
			this.draft.change(roster.withAgents(agents));
		}).open();
	}

}
