package dev.tandem.admin.policy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.tandem.connector.triage.TriagePolicy;

/**
 * Says that someone saved a newer policy version while this one was edited, and who: the
 * edit is not saved over theirs, so the admin reloads and decides again.
 */
class ConflictBanner extends Div {

	ConflictBanner() {
		setId("policy-conflict");
		addClassName("tandem-warning-banner");
		setVisible(false);
	}

	/**
	 * @param edited the version the admin edited
	 * @param newest the version in force now
	 * @param savedAt when the newest version was saved, formatted for the reader
	 * @param reload shows the newest version, discarding the edit
	 */
	void show(int edited, TriagePolicy newest, String savedAt, Runnable reload) {
		removeAll();
		Button reloadButton = new Button(getTranslation("policy.conflict.reload"), (event) -> reload.run());
		reloadButton.setId("policy-conflict-reload");
		reloadButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
		add(new Span(getTranslation("policy.conflict", edited, newest.version(), newest.updatedBy(), savedAt)),
				reloadButton);
		setVisible(true);
	}

}
