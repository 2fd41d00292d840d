package dev.tandem.admin.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.tandem.connector.assignment.Team;

/** Adds or edits a team: its name, the categories it handles, an optional Jira group. */
class TeamDialog extends Dialog {

	final TextField name = new TextField();

	final TagField categories;

	final TextField jiraGroup = new TextField();

	final Button save = new Button();

	TeamDialog(Optional<Team> existing, Set<String> knownCategories, Set<String> takenNames, Consumer<Team> onSave) {
		setId("routing-team-dialog");
		setHeaderTitle(getTranslation(existing.isPresent() ? "routing.team.edit" : "routing.team.add"));
		setWidth("min(560px, 96vw)");
		this.name.setLabel(getTranslation("routing.team.name"));
		this.name.setRequired(true);
		this.name.setId("routing-team-name");
		this.categories = new TagField(getTranslation("routing.team.categories"), knownCategories, true);
		this.categories.setHelperText(getTranslation("routing.team.categories.help"));
		this.categories.setId("routing-team-categories");
		this.jiraGroup.setLabel(getTranslation("routing.team.jira-group"));
		this.jiraGroup.setHelperText(getTranslation("routing.team.jira-group.help"));
		this.jiraGroup.setId("routing-team-group");
		existing.ifPresent((team) -> {
			this.name.setValue(team.name());
			this.name.setReadOnly(true);
			this.categories.show(team.categories());
			this.jiraGroup.setValue(team.jiraGroup().orElse(""));
		});
		FormLayout form = new FormLayout(this.name, this.categories, this.jiraGroup);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form);
		this.save.setText(getTranslation("routing.team.apply"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.setId("routing-team-save");
		this.save.addClickListener((event) -> {
			String typed = this.name.getValue().strip().toLowerCase(java.util.Locale.ROOT);
			if (typed.isEmpty() || (!this.name.isReadOnly() && takenNames.contains(typed))) {
				this.name.setErrorMessage(
						getTranslation(typed.isEmpty() ? "routing.team.name.required" : "routing.team.name.taken"));
				this.name.setInvalid(true);
				return;
			}
			onSave
				.accept(new Team(typed, List.copyOf(this.categories.values()), Optional.of(this.jiraGroup.getValue())));
			close();
		});
		getFooter().add(new Button(getTranslation("routing.cancel"), (event) -> close()), this.save);
	}

}
