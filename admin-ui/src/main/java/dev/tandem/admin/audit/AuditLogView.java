package dev.tandem.admin.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.store.StoreUnavailableException;

/**
 * Who changed what, and every action Tandem took in Jira: a searchable, paged grid
 * (newest first) and the selected entry's details, including before and after of a
 * change.
 */
@Route("audit-log")
@Menu(order = 80, title = "nav.audit-log", icon = "vaadin:records")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class AuditLogView extends TandemView {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** Elasticsearch's result window: entries beyond it need a narrower search. */
	static final int MAX_REACHABLE = 10_000;

	private final Grid<AuditEntry> grid = new Grid<>();

	private final Div detail = new Div();

	private final Paragraph problem = new Paragraph();

	AuditLogView(AuditService audit) {
		super("audit-log", "nav.audit-log");
		AuditFilters filters = new AuditFilters(() -> this.grid.getDataProvider().refreshAll());
		this.grid.setId("audit-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn((e) -> TIME.format(e.at()))
			.setHeader(getTranslation("audit-log.column.at"))
			.setFlexGrow(0)
			.setWidth("13em");
		this.grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit-log.column.actor")).setFlexGrow(1);
		this.grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit-log.column.action")).setFlexGrow(1);
		this.grid.addColumn((e) -> e.issueKey().orElse(""))
			.setHeader(getTranslation("audit-log.column.issue"))
			.setFlexGrow(0)
			.setWidth("8em");
		this.grid.addColumn((e) -> e.decision().orElse(""))
			.setHeader(getTranslation("audit-log.column.decision"))
			.setFlexGrow(1);
		this.grid.addColumn((e) -> e.shadow() ? getTranslation("audit-log.shadow") : "")
			.setHeader(getTranslation("audit-log.column.mode"))
			.setFlexGrow(0)
			.setWidth("7em");
		this.grid.setItems((query) -> fetch(audit, filters, query.getOffset(), query.getLimit()),
				(query) -> count(audit, filters));
		this.grid.setEmptyStateText(getTranslation("audit-log.none"));
		this.grid.asSingleSelect().addValueChangeListener((e) -> showDetail(e.getValue()));
		this.grid.setHeight("28em");
		this.problem.setId("audit-unavailable");
		this.problem.setVisible(false);
		this.detail.setId("audit-detail");
		this.detail.addClassName("tandem-panel");
		this.detail.setWidthFull();
		this.detail.setVisible(false);
		add(filters, this.problem, this.grid, this.detail);
	}

	/** Pages of at most 500 entries, up to the 10,000 newest the search can reach. */
	private Stream<AuditEntry> fetch(AuditService audit, AuditFilters filters, int offset, int limit) {
		List<AuditEntry> found = new ArrayList<>();
		try {
			int end = Math.min(MAX_REACHABLE, offset + limit);
			for (int from = offset; from < end;) {
				int size = Math.min(500, end - from);
				List<AuditEntry> page = audit.search(filters.query(from, size));
				found.addAll(page);
				if (page.size() < size) {
					break;
				}
				from += size;
			}
			this.problem.setVisible(false);
		}
		catch (StoreUnavailableException ex) {
			this.problem.setText(getTranslation("audit-log.unavailable", ex.getMessage()));
			this.problem.setVisible(true);
		}
		return found.stream();
	}

	private int count(AuditService audit, AuditFilters filters) {
		try {
			return (int) Math.min(MAX_REACHABLE, audit.count(filters.query(0, 1)));
		}
		catch (StoreUnavailableException ex) {
			return 0;
		}
	}

	private void showDetail(AuditEntry entry) {
		this.detail.removeAll();
		this.detail.setVisible(entry != null);
		if (entry == null) {
			return;
		}
		this.detail.add(new H3(entry.action() + entry.issueKey().map((key) -> " · " + key).orElse("")));
		this.detail.add(line("audit-log.column.at", TIME.format(entry.at())),
				line("audit-log.column.actor", entry.actor()));
		entry.decision().ifPresent((decision) -> this.detail.add(line("audit-log.column.decision", decision)));
		entry.reasons().forEach((reason) -> this.detail.add(new Paragraph("• " + reason)));
		Map<String, String> details = new TreeMap<>(entry.details());
		details.forEach((key, value) -> this.detail.add(raw(key, value)));
	}

	private Div line(String labelKey, String value) {
		return raw(getTranslation(labelKey), value);
	}

	/** A detail as recorded (e.g. {@code before.threshold}: names are not translated). */
	private static Div raw(String label, String value) {
		Div line = new Div();
		line.addClassName("tandem-detail-line");
		Span name = new Span(label);
		name.addClassName("tandem-detail-name");
		line.add(name, new Span(value));
		return line;
	}

}
