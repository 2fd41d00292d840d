package dev.tandem.admin.layout;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Asks before edits nobody saved are thrown away: when someone leaves a page with unsaved
 * edits, or closes an editor (Escape, a click outside, Close). An hour's work on an
 * article or a policy must not vanish with one stray key.
 */
public final class UnsavedChanges {

	private final BooleanSupplier unsaved;

	private ConfirmDialog dialog;

	private boolean discarded;

	/**
	 * @param unsaved whether there are edits that would be lost
	 */
	public UnsavedChanges(BooleanSupplier unsaved) {
		this.unsaved = unsaved;
	}

	/**
	 * For {@code BeforeLeaveObserver}: lets the navigation go on at once when nothing is
	 * unsaved, otherwise holds it until the user chooses to discard or to stay.
	 */
	public void beforeLeave(BeforeLeaveEvent event) {
		if (this.discarded) {
			// the navigation the user agreed to, resumed: Vaadin asks every observer
			// again
			this.discarded = false;
			return;
		}
		if (this.unsaved.getAsBoolean()) {
			BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
			ask(() -> {
				this.discarded = true;
				navigation.proceed();
			});
		}
	}

	/** Runs {@code discard} at once when nothing is unsaved, otherwise once confirmed. */
	public void discardOrAsk(Runnable discard) {
		if (this.unsaved.getAsBoolean()) {
			ask(discard);
		}
		else {
			discard.run();
		}
	}

	/** The question, while it is open (for tests). */
	public Optional<ConfirmDialog> question() {
		return Optional.ofNullable(this.dialog).filter(ConfirmDialog::isOpened);
	}

	private void ask(Runnable discard) {
		ConfirmDialog question = new ConfirmDialog();
		question.setId("unsaved-changes-dialog");
		question.setHeader(question.getTranslation("unsaved.title"));
		question.setText(question.getTranslation("unsaved.text"));
		question.setCancelable(true);
		question.setCancelText(question.getTranslation("unsaved.keep-editing"));
		question.setConfirmText(question.getTranslation("unsaved.discard"));
		question.setConfirmButtonTheme(
				ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
		question.addConfirmListener((event) -> discard.run());
		this.dialog = question;
		question.open();
	}

}
