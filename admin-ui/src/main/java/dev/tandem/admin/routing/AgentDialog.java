package dev.tandem.admin.routing;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import dev.tandem.connector.assignment.RosterAgent;
import dev.tandem.connector.assignment.Shift;

/**
 * Adds or edits one agent: Jira id, name, teams, senior flag, languages, skills, time
 * zone and hours per weekday. Checks what it can itself (with messages in the user's
 * language) and hands the agent to the page, which keeps it in the unsaved draft.
 */
class AgentDialog extends Dialog {

	static final List<String> LANGUAGES = List.of("en", "zh", "de", "es", "fr", "ja", "ko", "pt");

	final TextField id = new TextField();

	final TextField name = new TextField();

	final TagField teams;

	final Checkbox senior = new Checkbox();

	final TagField languages;

	final TagField skills;

	final ComboBox<String> timeZone = new ComboBox<>();

	final Map<DayOfWeek, DayRow> days = new EnumMap<>(DayOfWeek.class);

	final Button save = new Button();

	private final Set<String> takenIds;

	AgentDialog(Optional<RosterAgent> existing, List<String> teamNames, Set<String> categories, Set<String> takenIds,
			Consumer<RosterAgent> onSave) {
		this.takenIds = takenIds;
		setId("routing-agent-dialog");
		setHeaderTitle(getTranslation(existing.isPresent() ? "routing.agent.edit" : "routing.agent.add"));
		setWidth("min(860px, 96vw)");
		this.teams = new TagField(getTranslation("routing.agent.teams"), teamNames, false);
		this.languages = new TagField(getTranslation("routing.agent.languages"), LANGUAGES, true);
		this.skills = new TagField(getTranslation("routing.agent.skills"), categories, true);
		this.id.setLabel(getTranslation("routing.agent.id"));
		this.id.setHelperText(getTranslation("routing.agent.id.help"));
		this.id.setRequired(true);
		this.id.setId("routing-agent-id");
		this.name.setLabel(getTranslation("routing.agent.name"));
		this.name.setId("routing-agent-name");
		this.teams.setId("routing-agent-teams");
		this.languages.setId("routing-agent-languages");
		this.skills.setId("routing-agent-skills");
		this.skills.setHelperText(getTranslation("routing.agent.skills.help"));
		this.senior.setLabel(getTranslation("routing.agent.senior"));
		this.senior.setId("routing-agent-senior");
		this.timeZone.setLabel(getTranslation("routing.agent.time-zone"));
		this.timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
		this.timeZone.setRequired(true);
		this.timeZone.setId("routing-agent-time-zone");
		FormLayout form = new FormLayout(this.id, this.name, this.teams, this.timeZone, this.languages, this.skills,
				this.senior);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
		Div hours = new Div();
		hours.addClassName("tandem-routing-hours");
		hours.setId("routing-agent-hours");
		Span hoursLabel = new Span(getTranslation("routing.agent.hours"));
		hoursLabel.addClassName("tandem-field-label");
		hours.add(hoursLabel);
		for (DayOfWeek day : DayOfWeek.values()) {
			DayRow row = new DayRow(day);
			this.days.put(day, row);
			hours.add(row);
		}
		add(form, hours);
		existing.ifPresentOrElse(this::show, () -> {
			this.timeZone.setValue("UTC");
			for (DayOfWeek day : DayOfWeek.values()) {
				this.days.get(day)
					.show((day.getValue() <= 5) ? Optional.of(new Shift("09:00", "17:00", false)) : Optional.empty());
			}
		});
		existing.ifPresent((agent) -> this.id.setReadOnly(true));
		this.save.setText(getTranslation("routing.agent.apply"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.setId("routing-agent-save");
		this.save.addClickListener((event) -> read().ifPresent((agent) -> {
			onSave.accept(agent);
			close();
		}));
		Button cancel = new Button(getTranslation("routing.cancel"), (event) -> close());
		getFooter().add(cancel, this.save);
	}

	private void show(RosterAgent agent) {
		this.id.setValue(agent.id());
		this.name.setValue(agent.name());
		this.teams.show(agent.teams());
		this.senior.setValue(agent.senior());
		this.languages.show(agent.languages());
		this.skills.show(agent.skills());
		this.timeZone.setValue(agent.timeZone());
		this.days.forEach((day, row) -> row.show(Optional.ofNullable(agent.hours().get(day))));
	}

	/** The agent as entered, or empty after marking what is wrong. */
	Optional<RosterAgent> read() {
		boolean valid = true;
		String agentId = this.id.getValue().strip();
		this.id.setInvalid(false);
		if (agentId.isEmpty()) {
			valid = invalid(this.id, "routing.agent.id.required");
		}
		else if (!this.id.isReadOnly() && this.takenIds.contains(agentId)) {
			valid = invalid(this.id, "routing.agent.id.taken");
		}
		this.timeZone.setInvalid(this.timeZone.getValue() == null);
		if (this.timeZone.getValue() == null) {
			this.timeZone.setErrorMessage(getTranslation("routing.agent.time-zone.required"));
			valid = false;
		}
		this.teams.setInvalid(this.teams.getValue().isEmpty() && !this.senior.getValue());
		if (this.teams.isInvalid()) {
			this.teams.setErrorMessage(getTranslation("routing.agent.teams.required"));
			valid = false;
		}
		Map<DayOfWeek, Shift> hours = new EnumMap<>(DayOfWeek.class);
		for (DayRow row : this.days.values()) {
			Optional<Optional<Shift>> shift = row.read();
			if (shift.isEmpty()) {
				valid = false;
			}
			else {
				shift.get().ifPresent((value) -> hours.put(row.day, value));
			}
		}
		if (!valid) {
			return Optional.empty();
		}
		return Optional.of(new RosterAgent(agentId, this.name.getValue(), this.teams.values(), this.senior.getValue(),
				this.languages.values(), this.skills.values(), this.timeZone.getValue(), hours));
	}

	private boolean invalid(TextField field, String key) {
		field.setErrorMessage(getTranslation(key));
		field.setInvalid(true);
		return false;
	}

}
