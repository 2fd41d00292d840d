package dev.tandem.admin.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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

/** Who is away, from when until when, and why; admins add and end absences. */
class AwaySection extends Div {

	final Grid<Absence> grid = new Grid<>();

	final Button add = new Button();

	private final Draft draft;

	private final Supplier<Instant> now;

	AwaySection(Draft draft, Supplier<Instant> now) {
		this.draft = draft;
		this.now = now;
		setId("routing-away");
		addClassName("tandem-routing-section");
		this.add.setText(getTranslation("routing.away.add"));
		this.add.setIcon(VaadinIcon.AIRPLANE.create());
		this.add.setId("routing-away-add");
		this.add.addClickListener((event) -> open(Optional.empty()));
		this.grid.addColumn(this::agentName).setHeader(getTranslation("routing.away.agent")).setAutoWidth(true);
		this.grid.addColumn((absence) -> absence.from().map(LocalDate::toString).orElse("—"))
			.setHeader(getTranslation("routing.away.from"))
			.setAutoWidth(true);
		this.grid.addColumn(
				(absence) -> absence.until().map(LocalDate::toString).orElse(getTranslation("routing.away.until.open")))
			.setHeader(getTranslation("routing.away.until"))
			.setAutoWidth(true);
		this.grid.addColumn((absence) -> absence.reason().orElse(""))
			.setHeader(getTranslation("routing.away.reason"))
			.setFlexGrow(1);
		this.grid.addComponentColumn(this::status).setHeader(getTranslation("routing.away.status")).setAutoWidth(true);
		if (draft.editable()) {
			this.grid.addComponentColumn(this::remove).setHeader("").setAutoWidth(true).setFlexGrow(0);
		}
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("routing.away.empty"));
		this.grid.setId("routing-away-grid");
		HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("routing.away")));
		head.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (draft.editable()) {
			head.add(this.add);
		}
		add(head, this.grid);
	}

	void show() {
		this.grid.setItems(this.draft.roster().away());
	}

	void open(Optional<RosterAgent> agent) {
		new AwayDialog(this.draft.roster().agents(), agent, (absence) -> {
			Roster roster = this.draft.roster();
			List<Absence> away = new ArrayList<>(roster.away());
			away.add(absence);
			this.draft.change(roster.withAway(away));
		}).open();
	}

	private String agentName(Absence absence) {
		return this.draft.roster()
			.agent(absence.agentId())
			.map((agent) -> agent.name() + " (" + agent.id() + ")")
			.orElse(absence.agentId());
	}

	private Span status(Absence absence) {
		Routing routing = Routing.of(this.draft.roster());
		Instant moment = this.now.get();
		var zone = routing.agent(absence.agentId()).map(Agent::timeZone).orElse(ZoneOffset.UTC);
		String key = absence.covers(moment, zone) ? "routing.away.status.now"
				: absence.endedBefore(moment, zone) ? "routing.away.status.ended" : "routing.away.status.planned";
		Span badge = new Span(getTranslation(key));
		badge.addClassNames("tandem-badge", key.endsWith("now") ? "tandem-badge-draft" : "tandem-badge-archived");
		return badge;
	}

	private Button remove(Absence absence) {
		Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), (event) -> {
			Roster roster = this.draft.roster();
			List<Absence> away = new ArrayList<>(roster.away());
			away.remove(absence);
			this.draft.change(roster.withAway(away));
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		remove.setAriaLabel(getTranslation("routing.away.remove") + " " + absence.agentId());
		remove.setTooltipText(getTranslation("routing.away.remove"));
		return remove;
	}

}
