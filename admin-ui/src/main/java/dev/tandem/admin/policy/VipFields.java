package dev.tandem.admin.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * VIP rules on Jira fields: a field id (e.g. {@code customfield_10050}) and the value
 * that marks a VIP ({@code *}: any value).
 */
class VipFields extends VerticalLayout {

	final List<Row> rows = new ArrayList<>();

	final Button add = new Button();

	private final VerticalLayout list = new VerticalLayout();

	private boolean readOnly;

	VipFields() {
		setId("policy-vip-fields");
		setPadding(false);
		setSpacing(false);
		this.list.setPadding(false);
		this.list.setSpacing(false);
		this.add.setText(getTranslation("policy.form.vip-field.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.add.setId("policy-vip-field-add");
		this.add.addClickListener((event) -> addRow("", ""));
		add(this.list, this.add);
	}

	void show(Map<String, String> fields) {
		this.rows.clear();
		this.list.removeAll();
		new TreeMap<>(fields).forEach(this::addRow);
	}

	void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		this.add.setVisible(!readOnly);
		this.rows.forEach((row) -> row.setReadOnly(readOnly));
	}

	Row addRow(String field, String value) {
		Row row = new Row(field, value);
		row.setReadOnly(this.readOnly);
		this.rows.add(row);
		this.list.add(row);
		return row;
	}

	/** The rules entered; a problem per incomplete or repeated row. */
	Map<String, String> values(List<String> problems) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Row row : this.rows) {
			String field = row.field.getValue().strip();
			String value = row.value.getValue().strip();
			row.field.setInvalid(false);
			row.value.setInvalid(false);
			if (field.isEmpty() && value.isEmpty()) {
				continue;
			}
			if (field.isEmpty() || !field.matches("[A-Za-z0-9_.\\-]+")) {
				row.field.setErrorMessage(getTranslation("policy.error.vip-field-id", field));
				row.field.setInvalid(true);
				problems.add(getTranslation("policy.error.vip-field-id", field));
			}
			else if (value.isEmpty()) {
				row.value.setErrorMessage(getTranslation("policy.error.vip-field-value", field));
				row.value.setInvalid(true);
				problems.add(getTranslation("policy.error.vip-field-value", field));
			}
			else if (values.containsKey(field)) {
				row.field.setErrorMessage(getTranslation("policy.error.vip-field-twice", field));
				row.field.setInvalid(true);
				problems.add(getTranslation("policy.error.vip-field-twice", field));
			}
			else {
				values.put(field, value);
			}
		}
		return values;
	}

	/** One field rule. */
	final class Row extends HorizontalLayout {

		final TextField field = new TextField();

		final TextField value = new TextField();

		final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

		Row(String id, String marker) {
			setAlignItems(FlexComponent.Alignment.BASELINE);
			addClassName("tandem-policy-row");
			this.field.setPlaceholder("customfield_10050");
			this.field.setAriaLabel(getTranslation("policy.form.vip-field.id"));
			this.field.setValue(id);
			this.value.setPlaceholder(getTranslation("policy.form.vip-field.value"));
			this.value.setAriaLabel(getTranslation("policy.form.vip-field.value"));
			this.value.setValue(marker);
			this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			this.remove.setAriaLabel(getTranslation("policy.form.remove"));
			this.remove.addClickListener((event) -> {
				VipFields.this.rows.remove(this);
				VipFields.this.list.remove(this);
			});
			add(this.field, this.value, this.remove);
		}

		void setReadOnly(boolean readOnly) {
			this.field.setReadOnly(readOnly);
			this.value.setReadOnly(readOnly);
			this.remove.setVisible(!readOnly);
		}

	}

}
