package dev.tandem.admin.review;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.harvest.ReviewItem;
import dev.tandem.kb.harvest.ReviewQueue;

/**
 * One draft under review: where it came from (the ticket, masked), the draft's fields to
 * edit, and for a suggested edit the published article beside it; approve, save, reject.
 */
class ReviewPanel extends VerticalLayout {

	final TextField title = new TextField();

	final TextArea answer = new TextArea();

	final TextArea questions = new TextArea();

	final Checkbox takeAnswer = new Checkbox();

	final TextField rejectReason = new TextField();

	private final ReviewItem item;

	private final ReviewQueue queue;

	private final BiConsumer<String, String> reviewed;

	private final Consumer<RuntimeException> failed;

	ReviewPanel(ReviewItem item, ReviewQueue queue, BiConsumer<String, String> reviewed,
			Consumer<RuntimeException> failed) {
		this.item = item;
		this.queue = queue;
		this.reviewed = reviewed;
		this.failed = failed;
		setId("review-panel");
		setPadding(false);
		add(source());
		if (item.isSuggestedEdit()) {
			HorizontalLayout sideBySide = new HorizontalLayout(proposal(), target());
			sideBySide.setWidthFull();
			add(sideBySide);
		}
		else {
			add(proposal());
		}
		add(actions());
	}

	private Div source() {
		Div source = new Div();
		source.setId("review-source");
		String ticket = this.item.provenance().ticket();
		Span label = new Span(getTranslation(
				ReviewQueueView.isGapDraft(this.item) ? "review-queue.source.gap" : "review-queue.source", ticket));
		source.add(VaadinIcon.TICKET.create(), label);
		this.item.provenance().link().ifPresent((link) -> {
			Anchor open = new Anchor(link, getTranslation("review-queue.source.open"));
			open.setTarget("_blank");
			open.setId("review-ticket-link");
			source.add(new Span(" · "), open);
		});
		this.item.provenance()
			.suggestedEditOf()
			.ifPresent((target) -> source.add(new Paragraph(getTranslation("review-queue.suggestion-of", target))));
		return source;
	}

	private VerticalLayout proposal() {
		ArticleContent draft = this.item.draft().content();
		this.title.setLabel(getTranslation("review-queue.field.title"));
		this.title.setValue(draft.title());
		this.title.setWidthFull();
		this.title.setId("review-title");
		this.answer.setLabel(getTranslation("review-queue.field.answer"));
		this.answer.setValue(draft.answer().orElse(draft.body()));
		this.answer.setWidthFull();
		this.answer.setId("review-answer");
		this.questions.setLabel(getTranslation("review-queue.field.questions"));
		this.questions.setHelperText(getTranslation("review-queue.field.questions.help"));
		this.questions.setValue(String.join("\n", draft.questions()));
		this.questions.setWidthFull();
		this.questions.setId("review-questions");
		VerticalLayout proposal = new VerticalLayout(
				new H3(getTranslation(this.item.isSuggestedEdit() ? "review-queue.proposed" : "review-queue.draft")),
				this.title, this.answer, this.questions);
		proposal.setPadding(false);
		proposal.setId("review-proposal");
		if (this.item.isSuggestedEdit()) {
			this.title.setReadOnly(true);
		}
		return proposal;
	}

	private VerticalLayout target() {
		VerticalLayout target = new VerticalLayout();
		target.setPadding(false);
		target.setId("review-target");
		target.add(new H3(getTranslation("review-queue.current")));
		this.item.target().ifPresentOrElse((StoredArticle article) -> {
			target.add(new H4(article.content().title()));
			target.add(new Paragraph(article.content().effectiveAnswer()));
			Div examples = new Div();
			article.content().questions().forEach((question) -> examples.add(new Paragraph("• " + question)));
			target.add(examples);
		}, () -> target.add(new Paragraph(getTranslation("review-queue.target-missing"))));
		return target;
	}

	private VerticalLayout actions() {
		Button approve = new Button(
				getTranslation(
						this.item.isSuggestedEdit() ? "review-queue.action.merge" : "review-queue.action.publish"),
				VaadinIcon.CHECK.create(), (event) -> approve());
		approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
		approve.setId("review-approve");
		Button save = new Button(getTranslation("review-queue.action.save"), VaadinIcon.EDIT.create(),
				(event) -> save());
		save.setId("review-save");
		this.rejectReason.setPlaceholder(getTranslation("review-queue.reject-reason"));
		this.rejectReason.setId("review-reject-reason");
		Button reject = new Button(getTranslation("review-queue.action.reject"), VaadinIcon.CLOSE.create(),
				(event) -> reject());
		reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
		reject.setId("review-reject");
		HorizontalLayout buttons = new HorizontalLayout(approve, save, this.rejectReason, reject);
		buttons.setWrap(true);
		VerticalLayout actions = new VerticalLayout();
		actions.setPadding(false);
		if (this.item.isSuggestedEdit()) {
			this.takeAnswer.setLabel(getTranslation("review-queue.take-answer"));
			this.takeAnswer.setId("review-take-answer");
			actions.add(this.takeAnswer);
		}
		actions.add(buttons);
		return actions;
	}

	private void approve() {
		try {
			if (edited()) {
				this.queue.edit(editedContent(), reviewer());
			}
			StoredArticle published = this.queue.approve(this.item.draft().id(), reviewer(),
					this.takeAnswer.getValue());
			this.reviewed.accept(this.item.isSuggestedEdit() ? "review-queue.merged" : "review-queue.published",
					published.id());
		}
		catch (RuntimeException ex) {
			this.failed.accept(ex);
		}
	}

	private void save() {
		try {
			this.queue.edit(editedContent(), reviewer());
			this.reviewed.accept("review-queue.saved", this.item.draft().id());
		}
		catch (RuntimeException ex) {
			this.failed.accept(ex);
		}
	}

	private void reject() {
		try {
			this.queue.reject(this.item.draft().id(), reviewer(), this.rejectReason.getValue());
			this.reviewed.accept("review-queue.rejected", this.item.draft().id());
		}
		catch (RuntimeException ex) {
			this.failed.accept(ex);
		}
	}

	private boolean edited() {
		return !editedContent().contentHash().equals(this.item.draft().content().contentHash());
	}

	private ArticleContent editedContent() {
		ArticleContent draft = this.item.draft().content();
		List<String> lines = Arrays.stream(this.questions.getValue().split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		String newTitle = this.title.getValue().isBlank() ? draft.title() : this.title.getValue();
		// without an answer the field showed the body (e.g. a gap draft's evidence): what
		// the reviewer wrote there replaces it, rather than being published beside it
		String body = (draft.answer().isEmpty() && !this.answer.getValue().isBlank()) ? this.answer.getValue()
				: draft.body();
		return new ArticleContent(draft.id(), newTitle, body,
				java.util.Optional.of(this.answer.getValue()).filter((text) -> !text.isBlank()), lines,
				draft.category(), draft.language(), draft.tags(), draft.status());
	}

	private static String reviewer() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "admin-ui";
	}

}
