package dev.tandem.admin.tryit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;
import dev.tandem.admin.security.Role;

/**
 * Ask like a customer and see what Tandem would do: decision, confidence, articles,
 * reasons. Changes nothing.
 */
@Route("try-it")
@Menu(order = 50, title = "nav.try-it", icon = "vaadin:comment-ellipsis-o")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.KNOWLEDGE_MANAGER, Role.Name.MANAGER })
class TryItView extends TandemView {

	final TextField summary = new TextField();

	final TextArea description = new TextArea();

	final Button tryIt = new Button();

	final Div result = new Div();

	private final TicketPreviewer previewer;

	TryItView(TicketPreviewer previewer) {
		super("try-it", "nav.try-it");
		this.previewer = previewer;
		addClassName("tandem-try-it");
		this.summary.setLabel(getTranslation("try-it.summary"));
		this.summary.setPlaceholder(getTranslation("try-it.summary.placeholder"));
		this.summary.setWidthFull();
		this.summary.setId("try-it-summary");
		this.description.setLabel(getTranslation("try-it.description"));
		this.description.setPlaceholder(getTranslation("try-it.description.placeholder"));
		this.description.setWidthFull();
		this.description.setMinHeight("10em");
		this.description.setId("try-it-description");
		this.tryIt.setText(getTranslation("try-it.run"));
		this.tryIt.setIcon(VaadinIcon.PLAY.create());
		this.tryIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.tryIt.addClickShortcut(Key.ENTER).listenOn(this.summary);
		this.tryIt.setId("try-it-run");
		this.tryIt.addClickListener((event) -> run());
		Button exampleEn = example("try-it.example.en", "try-it.example.en.summary", "try-it.example.en.description");
		Button exampleZh = example("try-it.example.zh", "try-it.example.zh.summary", "try-it.example.zh.description");
		HorizontalLayout actions = new HorizontalLayout(this.tryIt, exampleEn, exampleZh);
		actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		Div form = new Div(this.summary, this.description, actions);
		form.addClassName("tandem-try-it-form");
		this.result.addClassName("tandem-try-it-result");
		this.result.setId("try-it-result");
		this.result.add(new EmptyState(VaadinIcon.COMMENT_ELLIPSIS_O, "try-it.empty.title", "try-it.empty.text"));
		Div columns = new Div(form, this.result);
		columns.addClassName("tandem-try-it-columns");
		add(columns);
	}

	private Button example(String labelKey, String summaryKey, String descriptionKey) {
		Button button = new Button(getTranslation(labelKey), (event) -> {
			this.summary.setValue(getTranslation(summaryKey));
			this.description.setValue(getTranslation(descriptionKey));
		});
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	void run() {
		this.result.removeAll();
		if (this.summary.getValue().isBlank() && this.description.getValue().isBlank()) {
			this.summary.setErrorMessage(getTranslation("try-it.error.empty"));
			this.summary.setInvalid(true);
			return;
		}
		this.summary.setInvalid(false);
		try {
			this.result
				.add(new PreviewPanel(this.previewer.preview(this.summary.getValue(), this.description.getValue())));
		}
		catch (RuntimeException ex) {
			Div error = new Div();
			error.addClassName("tandem-error-banner");
			error.setId("try-it-error");
			error.setText(getTranslation("try-it.error.failed", String.valueOf(ex.getMessage())));
			this.result.add(error);
		}
	}

}
