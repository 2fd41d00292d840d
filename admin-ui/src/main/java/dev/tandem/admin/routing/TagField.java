package dev.tandem.admin.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/**
 * Several short names (teams, languages, categories) picked from the known ones or typed
 * as new ones; stored lower case.
 */
class TagField extends MultiSelectComboBox<String> {

	private final Set<String> known = new TreeSet<>();

	TagField(String label, Collection<String> suggestions, boolean allowNew) {
		super(label);
		this.known.addAll(suggestions);
		setItems(this.known);
		setAllowCustomValue(allowNew);
		setSelectedItemsOnTop(true);
		setWidthFull();
		addCustomValueSetListener((event) -> {
			String typed = event.getDetail().strip().toLowerCase(Locale.ROOT);
			if (typed.isEmpty()) {
				return;
			}
			Set<String> selected = new TreeSet<>(getValue());
			this.known.add(typed);
			setItems(this.known);
			selected.add(typed);
			setValue(selected);
		});
	}

	void show(Collection<String> values) {
		this.known.addAll(values);
		setItems(this.known);
		setValue(new TreeSet<>(values));
	}

	List<String> values() {
		return new ArrayList<>(new TreeSet<>(getValue()));
	}

}
