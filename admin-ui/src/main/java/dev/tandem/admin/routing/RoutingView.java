package dev.tandem.admin.routing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.layout.UnsavedChanges;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterAgent;
import dev.tandem.connector.assignment.RosterChange;
import dev.tandem.connector.store.StoreUnavailableException;
import dev.tandem.connector.store.VersionConflictException;

/**
 * Who gets which ticket: agents (teams, skills, languages, hours in their time zone,
 * available now, open tickets), teams per category, the away list, and who would get a
 * ticket now. Admins edit a draft and save it as a new version with a comment (a version
 * saved meanwhile by someone else is a conflict, never overwritten); managers read.
 */
@Route("routing")
@Menu(order = 75, title = "routing.title", icon = "vaadin:users")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.MANAGER })
class RoutingView extends TandemView implements Draft, BeforeLeaveObserver {

	final Span version = new Span();

	final Span unsavedBadge = new Span();

	final Button history = new Button();

	final Button discard = new Button();

	final Button save = new Button();

	final Div problems = new Div();

	final UnsavedChanges unsavedChanges = new UnsavedChanges(this::unsaved);

	private final RoutingService service;

	private final boolean editable;

	private final AgentsSection agents;

	private final TeamsSection teams;

	private final AwaySection away;

	private final PreviewSection preview;

	private Roster saved;

	private Roster draft;

	RoutingView(RoutingService service) {
		super("routing", "routing.title");
		this.service = service;
		this.editable = service.canEdit();
		this.version.setId("routing-version");
		this.version.addClassName("tandem-muted");
		this.unsavedBadge.setText(getTranslation("routing.unsaved"));
		this.unsavedBadge.addClassNames("tandem-badge", "tandem-badge-draft");
		this.unsavedBadge.setId("routing-unsaved");
		this.history.setText(getTranslation("routing.history"));
		this.history.setIcon(VaadinIcon.TIME_BACKWARD.create());
		this.history.setId("routing-history");
		this.history.addClickListener((event) -> new RoutingHistoryDialog(this.service.history()).open());
		this.discard.setText(getTranslation("routing.discard"));
		this.discard.setId("routing-discard");
		this.discard.addClickListener((event) -> load());
		this.save.setText(getTranslation("routing.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.setIcon(VaadinIcon.CHECK.create());
		this.save.setId("routing-save");
		this.save.addClickListener(
				(event) -> new SaveDialog(RosterChange.between(this.saved, this.draft), this::store).open());
		this.problems.setId("routing-problems");
		this.problems.addClassName("tandem-error-banner");
		this.agents = new AgentsSection(this, service::now, service::openTickets, this::markAway);
		this.teams = new TeamsSection(this);
		this.away = new AwaySection(this, service::now);
		this.preview = new PreviewSection(this, service, this::unsaved);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		load();
	}

	private void load() {
		removeAll();
		Optional<Roster> current;
		try {
			current = this.service.current();
		}
		catch (StoreUnavailableException ex) {
			add(new EmptyState(VaadinIcon.WARNING, "routing.unavailable.title", "routing.unavailable.text"));
			return;
		}
		if (current.isEmpty()) {
			add(new EmptyState(VaadinIcon.PLUG, "routing.no-connector.title", "routing.no-connector.text"));
			return;
		}
		this.saved = current.get();
		this.draft = this.saved;
		HorizontalLayout toolbar = new HorizontalLayout(this.version, this.unsavedBadge);
		toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
		toolbar.setWidthFull();
		toolbar.addClassName("tandem-routing-toolbar");
		Div spacer = new Div();
		toolbar.add(spacer);
		toolbar.setFlexGrow(1, spacer);
		toolbar.add(this.history);
		if (this.editable) {
			toolbar.add(this.discard, this.save);
		}
		else {
			Span readOnly = new Span(getTranslation("routing.read-only"));
			readOnly.addClassNames("tandem-badge", "tandem-badge-archived");
			readOnly.setId("routing-read-only");
			toolbar.addComponentAtIndex(1, readOnly);
		}
		this.problems.setVisible(false);
		add(toolbar, this.problems, this.agents, this.teams, this.away, this.preview);
		refresh();
	}

	private void refresh() {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.version.setText((this.saved.version() == 0) ? getTranslation("routing.version.configuration")
				: getTranslation("routing.version", this.saved.version(), this.saved.updatedBy(),
						format.format(this.saved.updatedAt())));
		boolean dirty = unsaved();
		this.unsavedBadge.setVisible(dirty);
		this.save.setEnabled(dirty);
		this.discard.setEnabled(dirty);
		this.agents.show();
		this.teams.show();
		this.away.show();
		this.preview.show();
	}

	private void store(String comment) {
		try {
			Roster stored = this.service.save(this.draft, this.saved.version(), comment);
			Notification
				.show(getTranslation("routing.saved", stored.version()), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			load();
		}
		catch (IllegalArgumentException ex) {
			showProblems(ex.getMessage());
		}
		catch (VersionConflictException ex) {
			showConflict();
		}
		catch (StoreUnavailableException ex) {
			Notification.show(getTranslation("routing.unavailable.title"), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void showProblems(String message) {
		this.problems.removeAll();
		this.problems.add(new Div(getTranslation("routing.invalid")));
		String list = message.replaceFirst("^Invalid roster: ", "");
		for (String problem : List.of(list.split("; "))) {
			Div line = new Div();
			line.setText("• " + problem);
			this.problems.add(line);
		}
		this.problems.setVisible(true);
	}

	private void showConflict() {
		this.problems.removeAll();
		Button reload = new Button(getTranslation("routing.conflict.reload"), (event) -> load());
		reload.setId("routing-conflict-reload");
		reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
		this.problems.add(new Span(getTranslation("routing.conflict")), reload);
		this.problems.setVisible(true);
	}

	boolean unsaved() {
		return this.draft != null && !this.draft.equals(this.saved);
	}

	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		this.unsavedChanges.beforeLeave(event);
	}

	@Override
	public Roster roster() {
		return this.draft;
	}

	@Override
	public void change(Roster changed) {
		this.draft = changed;
		this.problems.setVisible(false);
		refresh();
	}

	@Override
	public boolean editable() {
		return this.editable;
	}

	/** Opens the away dialog for an agent (also from the agents' grid). */
	void markAway(RosterAgent agent) {
		this.away.open(Optional.of(agent));
	}

}
