package dev.tandem.admin.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.Team;

/**
 * Teams and the categories they handle, the team for everything else and the team for VIP
 * tickets.
 */
class TeamsSection extends Div {

	final Grid<Team> grid = new Grid<>();

	final ComboBox<String> defaultTeam = new ComboBox<>();

	final ComboBox<String> seniorTeam = new ComboBox<>();

	final Button add = new Button();

	private final Draft draft;

	private boolean showing;

	private List<String> shownTeams = List.of();

	private List<String> shownSeniorChoices = List.of();

	TeamsSection(Draft draft) {
		this.draft = draft;
		setId("routing-teams");
		addClassName("tandem-routing-section");
		this.add.setText(getTranslation("routing.team.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.setId("routing-team-add");
		this.add.addClickListener((event) -> open(Optional.empty()));
		this.defaultTeam.setLabel(getTranslation("routing.default-team"));
		this.defaultTeam.setHelperText(getTranslation("routing.default-team.help"));
		this.defaultTeam.setId("routing-default-team");
		this.seniorTeam.setLabel(getTranslation("routing.senior-team"));
		this.seniorTeam.setHelperText(getTranslation("routing.senior-team.help"));
		this.seniorTeam.setAllowCustomValue(true);
		this.seniorTeam.setId("routing-senior-team");
		this.seniorTeam.addCustomValueSetListener((event) -> this.seniorTeam.setValue(event.getDetail()));
		this.defaultTeam.addValueChangeListener((event) -> teamsChanged());
		this.seniorTeam.addValueChangeListener((event) -> teamsChanged());
		this.grid.addColumn(Team::name).setHeader(getTranslation("routing.team.name")).setAutoWidth(true);
		this.grid.addColumn((team) -> String.join(", ", team.categories()))
			.setHeader(getTranslation("routing.team.categories"))
			.setFlexGrow(1);
		this.grid.addColumn((team) -> team.jiraGroup().orElse("—"))
			.setHeader(getTranslation("routing.team.jira-group"))
			.setAutoWidth(true);
		this.grid.addColumn(this::members).setHeader(getTranslation("routing.team.members")).setAutoWidth(true);
		if (draft.editable()) {
			this.grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
		}
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("routing.teams.empty"));
		this.grid.setId("routing-team-grid");
		HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("routing.teams")));
		head.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (draft.editable()) {
			head.add(this.add);
		}
		HorizontalLayout selects = new HorizontalLayout(this.defaultTeam, this.seniorTeam);
		selects.setWrap(true);
		add(head, selects, this.grid);
	}

	void show() {
		this.showing = true;
		Roster roster = this.draft.roster();
		List<String> names = roster.teams().stream().map(Team::name).toList();
		List<String> seniorChoices = new ArrayList<>(names);
		if (!seniorChoices.contains(roster.seniorTeam())) {
			seniorChoices.add(roster.seniorTeam());
		}
		// setItems clears the value and re-sends the list: only when the teams changed
		if (!names.equals(this.shownTeams) || !seniorChoices.equals(this.shownSeniorChoices)) {
			this.defaultTeam.setItems(names);
			this.seniorTeam.setItems(seniorChoices);
			this.shownTeams = names;
			this.shownSeniorChoices = seniorChoices;
		}
		String defaultValue = names.contains(roster.defaultTeam()) ? roster.defaultTeam() : null;
		if (!java.util.Objects.equals(this.defaultTeam.getValue(), defaultValue)) {
			this.defaultTeam.setValue(defaultValue);
		}
		if (!java.util.Objects.equals(this.seniorTeam.getValue(), roster.seniorTeam())) {
			this.seniorTeam.setValue(roster.seniorTeam());
		}
		this.defaultTeam.setReadOnly(!this.draft.editable());
		this.seniorTeam.setReadOnly(!this.draft.editable());
		this.grid.setItems(roster.teams());
		this.showing = false;
	}

	private void teamsChanged() {
		if (this.showing || !this.draft.editable()) {
			return;
		}
		Roster roster = this.draft.roster();
		this.draft.change(roster.withTeams(Optional.ofNullable(this.defaultTeam.getValue()).orElse(""),
				Optional.ofNullable(this.seniorTeam.getValue()).orElse(""), roster.teams()));
	}

	private String members(Team team) {
		Roster roster = this.draft.roster();
		long count = roster.agents()
			.stream()
			.filter((agent) -> agent.teams().contains(team.name())
					|| (agent.senior() && team.name().equals(roster.seniorTeam())))
			.count();
		return team.jiraGroup().isPresent() ? getTranslation("routing.team.members.group", count)
				: String.valueOf(count);
	}

	private HorizontalLayout actions(Team team) {
		Button edit = new Button(VaadinIcon.EDIT.create(), (event) -> open(Optional.of(team)));
		edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		edit.setAriaLabel(getTranslation("routing.team.edit") + " " + team.name());
		Button remove = new Button(VaadinIcon.TRASH.create(), (event) -> {
			Roster roster = this.draft.roster();
			List<Team> teams = new ArrayList<>(roster.teams());
			teams.remove(team);
			this.draft.change(roster.withTeams(roster.defaultTeam(), roster.seniorTeam(), teams));
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
		remove.setAriaLabel(getTranslation("routing.team.remove") + " " + team.name());
		return new HorizontalLayout(edit, remove);
	}

	private void open(Optional<Team> existing) {
		new TeamDialog(existing, this.draft.categories(), this.draft.teamNames(), (team) -> {
			Roster roster = this.draft.roster();
			List<Team> teams = new ArrayList<>(roster.teams());
			int at = existing.map(teams::indexOf).orElse(-1);
			if (at >= 0) {
				teams.set(at, team);
			}
			else {
				teams.add(team);
			}
			this.draft.change(roster.withTeams(roster.defaultTeam(), roster.seniorTeam(), teams));
		}).open();
	}

}
