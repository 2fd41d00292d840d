package dev.tandem.admin.routing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterChange;

/**
 * Every saved version of the roster (and the configuration it started from); selecting
 * one shows what it changed from the version before, each item with its before and after.
 */
class RoutingHistoryDialog extends Dialog {

	final Grid<Roster> versions = new Grid<>();

	final Div changes = new Div();

	private final List<Roster> all;

	RoutingHistoryDialog(List<Roster> history) {
		this.all = history;
		setId("routing-history-dialog");
		setHeaderTitle(getTranslation("routing.history.title"));
		setWidth("min(1000px, 96vw)");
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.versions.addColumn(Roster::version)
			.setHeader(getTranslation("routing.history.version"))
			.setFlexGrow(0)
			.setWidth("7em");
		this.versions
			.addColumn((roster) -> (roster.version() == 0) ? getTranslation("routing.history.configuration")
					: format.format(roster.updatedAt()))
			.setHeader(getTranslation("routing.history.when"))
			.setAutoWidth(true);
		this.versions.addColumn(Roster::updatedBy).setHeader(getTranslation("routing.history.who")).setAutoWidth(true);
		this.versions.addColumn((roster) -> roster.comment().orElse(""))
			.setHeader(getTranslation("routing.history.comment"))
			.setFlexGrow(1);
		this.versions.setItems(history);
		this.versions.setHeight("14em");
		this.versions.setId("routing-versions");
		this.changes.addClassName("tandem-diff");
		this.changes.setId("routing-history-changes");
		this.versions.asSingleSelect().addValueChangeListener((event) -> show(event.getValue()));
		add(this.versions, this.changes);
		getFooter().add(new Button(getTranslation("routing.close"), (event) -> close()));
		if (!history.isEmpty()) {
			this.versions.select(history.get(0));
		}
	}

	private void show(Roster selected) {
		this.changes.removeAll();
		if (selected == null) {
			return;
		}
		int index = this.all.indexOf(selected);
		if (index == this.all.size() - 1) {
			this.changes.add(new Span(getTranslation("routing.history.start")));
			return;
		}
		List<RosterChange> diff = RosterChange.between(this.all.get(index + 1), selected);
		if (diff.isEmpty()) {
			this.changes.add(new Span(getTranslation("routing.history.no-change")));
		}
		diff.forEach((change) -> this.changes.add(changeBlock(change)));
	}

	/** One change: its subject, the line before (removed) and after (added). */
	static Div changeBlock(RosterChange change) {
		Div block = new Div();
		block.addClassName("tandem-routing-change");
		Span subject = new Span(change.subject());
		subject.addClassName("tandem-routing-change-subject");
		block.add(subject);
		change.before().ifPresent((before) -> block.add(line("- " + before, "tandem-diff-removed")));
		change.after().ifPresent((after) -> block.add(line("+ " + after, "tandem-diff-added")));
		return block;
	}

	private static Div line(String text, String kind) {
		Div line = new Div();
		// setText escapes: names typed by admins are never markup
		line.setText(text);
		line.addClassNames("tandem-diff-line", kind);
		return line;
	}

}
