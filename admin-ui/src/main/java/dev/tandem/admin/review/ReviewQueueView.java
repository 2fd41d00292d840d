package dev.tandem.admin.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;
import dev.tandem.connector.gaps.GapDrafts;
import dev.tandem.kb.harvest.ReviewItem;
import dev.tandem.kb.harvest.ReviewQueue;

/**
 * Drafts waiting for a person: articles drafted from tickets people resolved, and
 * suggested edits of published articles shown beside the article they would change.
 * Approve (publish, or merge into the article), edit, or reject them.
 */
@Route("review-queue")
@Menu(order = 30, title = "nav.review-queue", icon = "vaadin:clipboard-check")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER })
class ReviewQueueView extends TandemView implements BeforeEnterObserver {

	final Grid<ReviewItem> grid = new Grid<>();

	final Div detail = new Div();

	final Div error = new Div();

	final EmptyState empty = new EmptyState(VaadinIcon.CLIPBOARD_CHECK, "review-queue.empty.title",
			"review-queue.empty.text");

	private final ReviewQueue queue;

	/** The draft the address asks to open ({@code ?draft=<article id>}), if any. */
	private Optional<String> requested = Optional.empty();

	ReviewQueueView(ReviewQueue queue) {
		super("review-queue", "nav.review-queue");
		this.queue = queue;
		setSizeFull();
		addClassName("tandem-view-wide");
		this.error.addClassName("tandem-error-banner");
		this.error.setId("review-error");
		this.error.setVisible(false);
		this.detail.setId("review-detail");
		this.detail.setWidth("60%");
		configureGrid();
		HorizontalLayout split = new HorizontalLayout(this.grid, this.detail);
		split.setSizeFull();
		add(this.error, this.empty, split);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.requested = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("draft")
			.filter((id) -> !id.isBlank());
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		refresh();
		// e.g. a draft just made from a knowledge gap: open it once
		this.requested
			.flatMap((id) -> this.queue.pending().stream().filter((item) -> item.draft().id().equals(id)).findFirst())
			.ifPresent(this.grid::select);
		this.requested = Optional.empty();
	}

	private void configureGrid() {
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.grid.setId("review-grid");
		this.grid.setWidth("40%");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn((item) -> item.draft().content().title())
			.setHeader(getTranslation("review-queue.column.title"))
			.setFlexGrow(3)
			.setKey("title");
		this.grid
			.addColumn((item) -> getTranslation(item.isSuggestedEdit() ? "review-queue.kind.suggestion"
					: isGapDraft(item) ? "review-queue.kind.gap" : "review-queue.kind.draft"))
			.setHeader(getTranslation("review-queue.column.kind"))
			.setKey("kind");
		this.grid.addColumn((item) -> item.provenance().ticket())
			.setHeader(getTranslation("review-queue.column.ticket"))
			.setKey("ticket");
		this.grid.addColumn((item) -> when.format(item.draft().version().createdAt()))
			.setHeader(getTranslation("review-queue.column.updated"))
			.setKey("updated");
		this.grid.asSingleSelect().addValueChangeListener((event) -> show(Optional.ofNullable(event.getValue())));
	}

	/**
	 * A draft a knowledge manager asked for from a knowledge gap, still to be written.
	 */
	static boolean isGapDraft(ReviewItem item) {
		return item.draft().content().tags().contains(GapDrafts.TAG);
	}

	/** Reloads the queue (after every review action). */
	void refresh() {
		try {
			List<ReviewItem> items = this.queue.pending();
			this.grid.setItems(items);
			this.empty.setVisible(items.isEmpty());
			this.grid.setVisible(!items.isEmpty());
			this.error.setVisible(false);
			show(Optional.empty());
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	private void show(Optional<ReviewItem> item) {
		this.detail.removeAll();
		item.ifPresent(
				(selected) -> this.detail.add(new ReviewPanel(selected, this.queue, this::reviewed, this::failed)));
	}

	private void reviewed(String messageKey, String articleId) {
		com.vaadin.flow.component.notification.Notification
			.show(getTranslation(messageKey, articleId), 4000,
					com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START)
			.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
		refresh();
	}

	private void failed(RuntimeException ex) {
		this.error.setText(getTranslation("review-queue.error", String.valueOf(ex.getMessage())));
		this.error.setVisible(true);
	}

}
