package dev.tandem.admin.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;

/**
 * Per category, a stricter minimum confidence for automatic answers (threshold feedback
 * adds rows here when a category's real answers miss the target precision).
 */
class CategoryThresholds extends VerticalLayout {

	final List<Row> rows = new ArrayList<>();

	final Button add = new Button();

	private final VerticalLayout list = new VerticalLayout();

	private final List<String> categories = new ArrayList<>();

	private boolean readOnly;

	CategoryThresholds() {
		setId("policy-category-thresholds");
		setPadding(false);
		setSpacing(false);
		this.list.setPadding(false);
		this.list.setSpacing(false);
		this.add.setText(getTranslation("policy.form.category-threshold.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.add.setId("policy-category-threshold-add");
		this.add.addClickListener((event) -> addRow("", null));
		add(this.list, this.add);
	}

	void offer(Collection<String> known) {
		known.forEach((category) -> {
			if (!this.categories.contains(category)) {
				this.categories.add(category);
			}
		});
		this.rows.forEach((row) -> row.category.setItems(this.categories));
	}

	void show(Map<String, Double> thresholds) {
		this.rows.clear();
		this.list.removeAll();
		offer(thresholds.keySet());
		new TreeMap<>(thresholds).forEach(this::addRow);
	}

	void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		this.add.setVisible(!readOnly);
		this.rows.forEach((row) -> row.setReadOnly(readOnly));
	}

	Row addRow(String category, Double minimum) {
		Row row = new Row(category, minimum);
		row.setReadOnly(this.readOnly);
		this.rows.add(row);
		this.list.add(row);
		return row;
	}

	/**
	 * The thresholds entered; a problem per invalid row, naming the row's category.
	 */
	Map<String, Double> values(List<String> problems) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (Row row : this.rows) {
			String category = (row.category.getValue() == null) ? ""
					: row.category.getValue().strip().toLowerCase(Locale.ROOT);
			Double minimum = row.minimum.getValue();
			row.category.setInvalid(false);
			row.minimum.setInvalid(false);
			if (category.isEmpty() && minimum == null) {
				continue;
			}
			if (category.isEmpty()) {
				row.category.setErrorMessage(getTranslation("policy.error.category-missing"));
				row.category.setInvalid(true);
				problems.add(getTranslation("policy.error.category-missing"));
			}
			else if (values.containsKey(category)) {
				row.category.setErrorMessage(getTranslation("policy.error.category-twice", category));
				row.category.setInvalid(true);
				problems.add(getTranslation("policy.error.category-twice", category));
			}
			else if (minimum == null || minimum < 0 || minimum > 1) {
				row.minimum.setErrorMessage(getTranslation("policy.error.category-threshold", category));
				row.minimum.setInvalid(true);
				problems.add(getTranslation("policy.error.category-threshold", category));
			}
			else {
				values.put(category, minimum);
			}
		}
		return values;
	}

	/** One category and its minimum confidence. */
	final class Row extends HorizontalLayout {

		final ComboBox<String> category = new ComboBox<>();

		final NumberField minimum = new NumberField();

		final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

		Row(String name, Double value) {
			setAlignItems(FlexComponent.Alignment.BASELINE);
			addClassName("tandem-policy-row");
			this.category.setPlaceholder(getTranslation("policy.form.category-threshold.category"));
			this.category.setAriaLabel(getTranslation("policy.form.category-threshold.category"));
			this.category.setAllowCustomValue(true);
			this.category.setItems(CategoryThresholds.this.categories);
			this.category.addCustomValueSetListener((event) -> {
				String typed = event.getDetail().strip().toLowerCase(Locale.ROOT);
				if (!CategoryThresholds.this.categories.contains(typed)) {
					CategoryThresholds.this.categories.add(typed);
					this.category.setItems(CategoryThresholds.this.categories);
				}
				this.category.setValue(typed);
			});
			if (!name.isEmpty()) {
				this.category.setValue(name);
			}
			this.minimum.setPlaceholder("0.90");
			this.minimum.setAriaLabel(getTranslation("policy.form.category-threshold.minimum"));
			this.minimum.setMin(0);
			this.minimum.setMax(1);
			this.minimum.setStep(0.01);
			this.minimum.setValue(value);
			this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			this.remove.setAriaLabel(getTranslation("policy.form.remove"));
			this.remove.addClickListener((event) -> {
				CategoryThresholds.this.rows.remove(this);
				CategoryThresholds.this.list.remove(this);
			});
			add(this.category, this.minimum, this.remove);
		}

		void setReadOnly(boolean readOnly) {
			this.category.setReadOnly(readOnly);
			this.minimum.setReadOnly(readOnly);
			this.remove.setVisible(!readOnly);
		}

	}

}
