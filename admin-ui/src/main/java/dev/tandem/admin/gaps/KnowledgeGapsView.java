package dev.tandem.admin.gaps;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.gaps.DraftCreated;
import dev.tandem.connector.gaps.GapReport;
import dev.tandem.connector.gaps.KnowledgeGap;
import dev.tandem.kb.article.ArticleStatus;

/**
 * Questions customers ask that no article answers well, grouped by meaning and ranked, so
 * the knowledge base grows where it matters: the last computed report with its period and
 * time of computation; knowledge managers and admins recompute it (for another period
 * too) and turn a gap into a draft article, which they then find in the review queue.
 */
@Route("knowledge-gaps")
@Menu(order = 40, title = "nav.knowledge-gaps", icon = "vaadin:question-circle-o")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER, Role.Name.MANAGER })
class KnowledgeGapsView extends TandemView {

	/** Periods offered besides the one of the latest report. */
	static final List<Integer> PERIOD_DAYS = List.of(7, 30, 90);

	final Select<Integer> period = new Select<>();

	final Button recompute = new Button();

	final Span computed = new Span();

	final ProgressBar computing = new ProgressBar();

	/** The computation under way, if any (done when there is none). */
	CompletableFuture<?> running = CompletableFuture.completedFuture(null);

	final Div error = new Div();

	final EmptyState notComputed = new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "gaps.empty.title", "gaps.empty.text");

	final GapGrid grid;

	private final KnowledgeGapsService service;

	private boolean showingReport;

	KnowledgeGapsView(KnowledgeGapsService service) {
		super("knowledge-gaps", "nav.knowledge-gaps");
		this.service = service;
		this.grid = new GapGrid(this::createDraft, this::openDraft, this::markOutOfScope);
		addClassName("tandem-view-wide");
		this.error.addClassName("tandem-error-banner");
		this.error.setId("gaps-error");
		this.error.setVisible(false);
		this.notComputed.setId("gaps-empty");
		Div explanation = new Div(getTranslation("gaps.explanation"));
		explanation.addClassName("tandem-muted");
		add(toolbar(), explanation, this.error, this.notComputed, this.grid);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		refresh();
	}

	private HorizontalLayout toolbar() {
		this.period.setLabel(getTranslation("gaps.period"));
		this.period.setId("gaps-period");
		this.period.setItemLabelGenerator((days) -> getTranslation("gaps.period.days", days));
		this.period.setItems(PERIOD_DAYS);
		this.period.setValue(30);
		this.period.addValueChangeListener((event) -> {
			// a period other than the report's is a new computation
			if (event.isFromClient() && this.showingReport) {
				recompute();
			}
		});
		this.recompute.setText(getTranslation("gaps.recompute"));
		this.recompute.setIcon(VaadinIcon.REFRESH.create());
		this.recompute.setId("gaps-recompute");
		this.recompute.setDisableOnClick(true);
		this.recompute.addClickListener((event) -> recompute());
		this.computed.setId("gaps-computed");
		this.computed.addClassName("tandem-muted");
		this.computing.setIndeterminate(true);
		this.computing.setId("gaps-computing");
		this.computing.setWidth("8rem");
		this.computing.setVisible(false);
		HorizontalLayout bar = new HorizontalLayout(this.period, this.recompute, this.computing, this.computed);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.setWrap(true);
		bar.addClassName("tandem-toolbar");
		return bar;
	}

	/** Shows the latest report (or the empty state while there is none). */
	void refresh() {
		boolean canAct = this.service.canAct();
		this.recompute.setVisible(canAct);
		this.period.setReadOnly(!canAct);
		try {
			Optional<GapReport> latest = this.service.latest();
			this.error.setVisible(false);
			latest.ifPresentOrElse(this::show, this::showNotComputed);
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	private void show(GapReport report) {
		this.showingReport = true;
		Map<String, ArticleStatus> drafts = this.service.draftStatuses(report);
		int days = (int) Math.max(1, Duration.between(report.from(), report.until()).toDays());
		List<Integer> periods = new ArrayList<>(PERIOD_DAYS);
		if (!periods.contains(days)) {
			periods.add(days);
			periods.sort(Integer::compare);
		}
		this.period.setItems(periods);
		this.period.setValue(days);
		DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.computed.setText(getTranslation("gaps.computed", at.format(report.computedAt()), day.format(report.from()),
				day.format(report.until()), report.tickets(), report.gaps().size()));
		this.notComputed.setVisible(false);
		this.grid.setVisible(true);
		boolean canAct = this.service.canAct();
		this.grid.show(report.gaps(), drafts, canAct, canAct ? this.service.outOfScopeQuestions() : Set.of());
	}

	private void showNotComputed() {
		this.showingReport = false;
		this.computed.setText(getTranslation("gaps.not-computed"));
		this.notComputed.setVisible(true);
		this.grid.setVisible(false);
	}

	/**
	 * Computes the gaps of the chosen period off the request thread (embedding thousands
	 * of tickets takes a while): the page stays usable, shows that it is computing and
	 * for how long, and shows the report when it is done.
	 */
	void recompute() {
		if (!this.running.isDone()) {
			return;
		}
		UI ui = UI.getCurrent();
		int days = this.period.getValue();
		long started = System.nanoTime();
		this.recompute.setEnabled(false);
		this.computing.setVisible(true);
		this.computed.setText(getTranslation("gaps.computing", days, 0));
		ui.setPollInterval(1000);
		Registration ticking = ui.addPollListener((event) -> this.computed
			.setText(getTranslation("gaps.computing", days, (System.nanoTime() - started) / 1_000_000_000)));
		// the service checks the user's role: the computation runs as the user who asked
		Executor background = new DelegatingSecurityContextExecutor(
				(task) -> Thread.ofVirtual().name("tandem-gaps-recompute").start(task));
		this.running = CompletableFuture.supplyAsync(() -> this.service.recompute(Duration.ofDays(days)), background)
			.handle((report, failure) -> {
				ui.access(() -> {
					ticking.remove();
					ui.setPollInterval(-1);
					this.computing.setVisible(false);
					this.recompute.setEnabled(true);
					if (failure == null) {
						recomputed(report);
					}
					else {
						failed((failure.getCause() instanceof RuntimeException cause) ? cause
								: new IllegalStateException(failure.getCause()));
					}
				});
				return null;
			});
	}

	private void recomputed(GapReport report) {
		this.error.setVisible(false);
		show(report);
		Notification
			.show(getTranslation("gaps.recomputed", report.gaps().size(), report.tickets()), 4000,
					Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	void createDraft(KnowledgeGap gap) {
		try {
			DraftCreated draft = this.service.createDraft(gap.id());
			Notification
				.show(getTranslation(draft.created() ? "gaps.draft.created" : "gaps.draft.existed", draft.articleId()),
						4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			openDraft(draft.articleId());
		}
		catch (RuntimeException ex) {
			failed(ex);
			refresh();
		}
	}

	void markOutOfScope(KnowledgeGap gap) {
		try {
			int added = this.service.markOutOfScope(gap);
			Notification
				.show(getTranslation("gaps.out-of-scope.marked", added), 6000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
		refresh();
	}

	/** To the review queue, with the draft open there. */
	void openDraft(String articleId) {
		getUI().ifPresent((ui) -> ui.navigate("review-queue", QueryParameters.of("draft", articleId)));
	}

	private void failed(RuntimeException ex) {
		this.error.setText(getTranslation("gaps.error", String.valueOf(ex.getMessage())));
		this.error.setVisible(true);
	}

}
