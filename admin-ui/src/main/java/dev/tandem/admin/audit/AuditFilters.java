package dev.tandem.admin.audit;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import dev.tandem.connector.audit.AuditQuery;

/** Search fields of the audit log: time range (UTC), actor, action, issue key, text. */
class AuditFilters extends HorizontalLayout {

	/** Action families offered; any other action can be typed. */
	static final List<String> ACTIONS = List.of("triage.", "jira.", "followup.", "mode.", "policy.", "alert.",
			"triage.decided", "jira.action-failed", "mode.changed", "policy.changed");

	final DateTimePicker from = new DateTimePicker();

	final DateTimePicker to = new DateTimePicker();

	final TextField actor = new TextField();

	final ComboBox<String> action = new ComboBox<>();

	final TextField issueKey = new TextField();

	final TextField text = new TextField();

	AuditFilters(Runnable onChange) {
		setId("audit-filters");
		setWrap(true);
		setAlignItems(FlexComponent.Alignment.BASELINE);
		this.from.setId("audit-from");
		this.from.setLabel(getTranslation("audit-log.filter.from"));
		this.to.setId("audit-to");
		this.to.setLabel(getTranslation("audit-log.filter.to"));
		this.actor.setId("audit-actor");
		this.actor.setLabel(getTranslation("audit-log.filter.actor"));
		this.action.setId("audit-action");
		this.action.setLabel(getTranslation("audit-log.filter.action"));
		this.action.setItems(ACTIONS);
		this.action.setAllowCustomValue(true);
		this.action.addCustomValueSetListener((e) -> this.action.setValue(e.getDetail()));
		this.action.setClearButtonVisible(true);
		this.issueKey.setId("audit-issue");
		this.issueKey.setLabel(getTranslation("audit-log.filter.issue"));
		this.text.setId("audit-text");
		this.text.setLabel(getTranslation("audit-log.filter.text"));
		this.text.setClearButtonVisible(true);
		for (TextField field : List.of(this.actor, this.issueKey, this.text)) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.addValueChangeListener((e) -> onChange.run());
		}
		this.from.addValueChangeListener((e) -> onChange.run());
		this.to.addValueChangeListener((e) -> onChange.run());
		this.action.addValueChangeListener((e) -> onChange.run());
		add(this.from, this.to, this.actor, this.action, this.issueKey, this.text);
	}

	AuditQuery query(int offset, int limit) {
		return new AuditQuery(Optional.ofNullable(this.from.getValue()).map((t) -> t.toInstant(ZoneOffset.UTC)),
				Optional.ofNullable(this.to.getValue()).map((t) -> t.toInstant(ZoneOffset.UTC)),
				Optional.ofNullable(this.actor.getValue()), Optional.ofNullable(this.action.getValue()),
				Optional.ofNullable(this.issueKey.getValue()), Optional.ofNullable(this.text.getValue()), offset,
				limit);
	}

}
