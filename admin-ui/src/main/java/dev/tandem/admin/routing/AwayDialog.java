package dev.tandem.admin.routing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.tandem.connector.assignment.Absence;
import dev.tandem.connector.assignment.RosterAgent;

/**
 * Marks an agent away: from a day (empty: today) until a day (empty: until marked back),
 * whole days in the agent's own time zone, with a reason colleagues can read.
 */
class AwayDialog extends Dialog {

	final ComboBox<RosterAgent> agent = new ComboBox<>();

	final DatePicker from = new DatePicker();

	final DatePicker until = new DatePicker();

	final TextField reason = new TextField();

	final Button save = new Button();

	AwayDialog(List<RosterAgent> agents, Optional<RosterAgent> preselected, Consumer<Absence> onSave) {
		setId("routing-away-dialog");
		setHeaderTitle(getTranslation("routing.away.add"));
		setWidth("min(560px, 96vw)");
		this.agent.setLabel(getTranslation("routing.away.agent"));
		this.agent.setItems(agents);
		this.agent.setItemLabelGenerator((a) -> a.name() + " (" + a.id() + ")");
		this.agent.setRequired(true);
		this.agent.setId("routing-away-agent");
		preselected.ifPresent(this.agent::setValue);
		this.from.setLabel(getTranslation("routing.away.from"));
		this.from.setHelperText(getTranslation("routing.away.from.help"));
		this.from.setId("routing-away-from");
		this.until.setLabel(getTranslation("routing.away.until"));
		this.until.setHelperText(getTranslation("routing.away.until.help"));
		this.until.setId("routing-away-until");
		this.from.addValueChangeListener((event) -> this.until.setMin(event.getValue()));
		this.reason.setLabel(getTranslation("routing.away.reason"));
		this.reason.setId("routing-away-reason");
		FormLayout form = new FormLayout(this.agent, this.reason, this.from, this.until);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
		add(form);
		this.save.setText(getTranslation("routing.away.apply"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.setId("routing-away-save");
		this.save.addClickListener((event) -> {
			this.agent.setInvalid(this.agent.getValue() == null);
			boolean backwards = this.from.getValue() != null && this.until.getValue() != null
					&& this.until.getValue().isBefore(this.from.getValue());
			this.until.setInvalid(backwards);
			if (backwards) {
				this.until.setErrorMessage(getTranslation("routing.away.until.order"));
			}
			if (this.agent.getValue() == null || backwards) {
				this.agent.setErrorMessage(getTranslation("routing.away.agent.required"));
				return;
			}
			onSave.accept(new Absence(this.agent.getValue().id(), Optional.ofNullable(this.from.getValue()),
					Optional.ofNullable(this.until.getValue()), Optional.of(this.reason.getValue())));
			close();
		});
		getFooter().add(new Button(getTranslation("routing.cancel"), (event) -> close()), this.save);
	}

}
