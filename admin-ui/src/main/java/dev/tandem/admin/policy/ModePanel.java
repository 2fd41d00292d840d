package dev.tandem.admin.policy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import dev.tandem.connector.mode.Mode;
import dev.tandem.connector.mode.ModeChanged;
import dev.tandem.connector.store.StoreUnavailableException;

/**
 * The operating mode, prominently: live (Tandem acts in Jira) or shadow (decides and
 * records, changes nothing), who switched it last, and for admins the switch, behind a
 * confirmation that says what the switch does.
 */
class ModePanel extends Div {

	final Span badge = new Span();

	final Span explanation = new Span();

	final Span lastSwitch = new Span();

	final Button switchButton = new Button();

	final TextArea reason = new TextArea();

	ConfirmDialog dialog;

	private final PolicyService service;

	ModePanel(PolicyService service) {
		this.service = service;
		setId("policy-mode");
		addClassName("tandem-policy-mode");
		this.badge.setId("policy-mode-badge");
		this.badge.addClassName("tandem-policy-mode-badge");
		this.explanation.addClassName("tandem-policy-mode-text");
		this.lastSwitch.addClassName("tandem-muted");
		this.lastSwitch.setId("policy-mode-last-switch");
		this.switchButton.setId("policy-mode-switch");
		this.switchButton.addClickListener((event) -> confirm());
		Div text = new Div(this.explanation, this.lastSwitch);
		text.addClassName("tandem-policy-mode-body");
		add(this.badge, text, this.switchButton);
		refresh();
	}

	void refresh() {
		Mode mode = this.service.mode();
		String name = mode.name().toLowerCase(Locale.ROOT);
		this.badge.setText(getTranslation("policy.mode." + name));
		this.badge.getElement().setAttribute("data-mode", name);
		getElement().setAttribute("data-mode", name);
		this.explanation.setText(getTranslation("policy.mode." + name + ".text"));
		this.lastSwitch.setText(this.service.lastModeSwitch()
			.map((setting) -> getTranslation("policy.mode.switched-by", setting.updatedBy(),
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
						.withLocale(getLocale())
						.withZone(ZoneId.systemDefault())
						.format(setting.updatedAt()))
					+ setting.reason().map((why) -> " · " + why).orElse(""))
			.orElse(getTranslation("policy.mode.configured")));
		Mode other = (mode == Mode.LIVE) ? Mode.SHADOW : Mode.LIVE;
		this.switchButton.setText(getTranslation("policy.mode.switch-to." + other.name().toLowerCase(Locale.ROOT)));
		this.switchButton.setVisible(this.service.canEdit());
	}

	/** Asks before switching, with what the switch does and an optional reason. */
	void confirm() {
		Mode to = (this.service.mode() == Mode.LIVE) ? Mode.SHADOW : Mode.LIVE;
		String name = to.name().toLowerCase(Locale.ROOT);
		this.reason.setLabel(getTranslation("policy.mode.reason"));
		this.reason.setId("policy-mode-reason");
		this.reason.setWidthFull();
		this.reason.clear();
		this.dialog = new ConfirmDialog();
		this.dialog.setId("policy-mode-dialog");
		this.dialog.setHeader(getTranslation("policy.mode.confirm." + name + ".title"));
		Div body = new Div(new Div(getTranslation("policy.mode.confirm." + name + ".text")), this.reason);
		this.dialog.add(body);
		this.dialog.setCancelable(true);
		this.dialog.setCancelText(getTranslation("policy.cancel"));
		this.dialog.setConfirmText(getTranslation("policy.mode.switch-to." + name));
		if (to == Mode.SHADOW) {
			this.dialog.setConfirmButtonTheme(
					ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
		}
		this.dialog.addConfirmListener((event) -> switchTo(to, this.reason.getValue()));
		this.dialog.open();
	}

	void switchTo(Mode to, String why) {
		ModeChanged changed;
		try {
			changed = this.service.switchMode(to, why);
		}
		catch (StoreUnavailableException ex) {
			Notification.show(getTranslation("policy.error.store", ex.getMessage()))
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			return;
		}
		refresh();
		Notification.show(getTranslation("policy.mode.switched",
				getTranslation("policy.mode." + changed.to().name().toLowerCase(Locale.ROOT))));
	}

}
