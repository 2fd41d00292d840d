package dev.tandem.jira;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to an issue's fields, sent as one request (Jira Cloud limits writes per issue,
 * so one edit beats three). Build with {@link #none()} and the {@code with...} methods.
 *
 * @param addLabels labels to add (existing labels stay)
 * @param removeLabels labels to remove
 * @param priority new priority by name (e.g. "High")
 * @param customFields custom field values by field id; values are plain Java values
 * serialised as JSON, a {@link JiraDocument} is rendered in the site's text format (ADF
 * or wiki markup), {@code null} clears the field
 */
public record IssueEdit(Set<String> addLabels, Set<String> removeLabels, Optional<String> priority,
		Map<String, Object> customFields) {

	public IssueEdit {
		addLabels = Collections.unmodifiableSet(new LinkedHashSet<>(addLabels));
		removeLabels = Collections.unmodifiableSet(new LinkedHashSet<>(removeLabels));
		priority = Objects.requireNonNullElse(priority, Optional.empty());
		customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
		for (String label : addLabels) {
			requireValidLabel(label);
		}
		for (String label : removeLabels) {
			requireValidLabel(label);
		}
		for (String field : customFields.keySet()) {
			if (field == null || field.isBlank()) {
				throw new IllegalArgumentException("custom field id must not be blank");
			}
		}
	}

	public static IssueEdit none() {
		return new IssueEdit(Set.of(), Set.of(), Optional.empty(), Map.of());
	}

	public IssueEdit withAddedLabels(String... labels) {
		Set<String> add = new LinkedHashSet<>(this.addLabels);
		add.addAll(List.of(labels));
		return new IssueEdit(add, this.removeLabels, this.priority, this.customFields);
	}

	public IssueEdit withRemovedLabels(String... labels) {
		Set<String> remove = new LinkedHashSet<>(this.removeLabels);
		remove.addAll(List.of(labels));
		return new IssueEdit(this.addLabels, remove, this.priority, this.customFields);
	}

	public IssueEdit withPriority(String priorityName) {
		if (priorityName == null || priorityName.isBlank()) {
			throw new IllegalArgumentException("priority name must not be blank");
		}
		return new IssueEdit(this.addLabels, this.removeLabels, Optional.of(priorityName), this.customFields);
	}

	public IssueEdit withCustomField(String fieldId, Object value) {
		Map<String, Object> fields = new LinkedHashMap<>(this.customFields);
		fields.put(fieldId, value);
		return new IssueEdit(this.addLabels, this.removeLabels, this.priority, fields);
	}

	public boolean isEmpty() {
		return this.addLabels.isEmpty() && this.removeLabels.isEmpty() && this.priority.isEmpty()
				&& this.customFields.isEmpty();
	}

	private static void requireValidLabel(String label) {
		// Jira rejects labels with spaces; say so before a round trip
		if (label == null || label.isBlank() || label.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("Jira labels must be non-empty and contain no spaces: '" + label + "'");
		}
	}

}
