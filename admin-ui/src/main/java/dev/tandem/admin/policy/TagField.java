package dev.tandem.admin.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/**
 * A set of short values (categories, e-mail domains, organisations, labels): chosen from
 * known ones or typed in, stored in lower case as the policy compares them.
 */
class TagField extends MultiSelectComboBox<String> {

	private final Set<String> items = new TreeSet<>();

	private final Predicate<String> valid;

	private final String invalidMessage;

	/**
	 * @param valid what a typed value must satisfy
	 * @param invalidMessage shown when it does not ({0}: the value)
	 */
	TagField(String id, String label, Predicate<String> valid, String invalidMessage) {
		super(label);
		this.valid = valid;
		this.invalidMessage = invalidMessage;
		setId(id);
		setWidthFull();
		setAllowCustomValue(true);
		setItems(this.items);
		addCustomValueSetListener((event) -> addTyped(event.getDetail()));
	}

	/** Offers these values to choose from, keeping what is selected. */
	void offer(Collection<String> known) {
		known.stream().map(TagField::normalise).filter((value) -> !value.isEmpty()).forEach(this.items::add);
		Set<String> selected = Set.copyOf(getSelectedItems());
		getDataProvider().refreshAll();
		select(selected);
	}

	/** Shows these values as selected (the policy's). */
	void show(Collection<String> values) {
		clear();
		offer(values);
		select(values.stream().map(TagField::normalise).toList());
	}

	/** Adds a typed value, or says why it is refused. */
	void addTyped(String typed) {
		String value = normalise(typed);
		if (value.isEmpty()) {
			return;
		}
		if (!this.valid.test(value)) {
			setErrorMessage(this.invalidMessage.replace("{0}", value));
			setInvalid(true);
			return;
		}
		setInvalid(false);
		this.items.add(value);
		getDataProvider().refreshAll();
		Set<String> selected = new TreeSet<>(getSelectedItems());
		selected.add(value);
		select(selected);
	}

	Set<String> values() {
		return Set.copyOf(getSelectedItems());
	}

	private static String normalise(String value) {
		return (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

}
