package dev.tandem.admin.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What a view shows while it has nothing to show: an icon, a heading and a sentence
 * saying what will appear and how it gets there. Texts are translation keys.
 */
public class EmptyState extends Div {

	private final H2 heading = new H2();

	private final Paragraph text = new Paragraph();

	public EmptyState(VaadinIcon icon, String headingKey, String textKey) {
		addClassName("tandem-empty-state");
		heading.setText(getTranslation(headingKey));
		text.setText(getTranslation(textKey));
		add(icon.create(), heading, text);
	}

	/** Adds actions (buttons, links) under the text. */
	public EmptyState withActions(Component... actions) {
		add(actions);
		return this;
	}

	public String getHeading() {
		return heading.getText();
	}

	public String getText() {
		return text.getText();
	}

}
