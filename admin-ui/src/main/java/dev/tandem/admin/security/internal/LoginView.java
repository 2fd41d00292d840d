package dev.tandem.admin.security.internal;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import dev.tandem.admin.i18n.LanguageSelect;
import dev.tandem.admin.branding.TandemBrand;
import dev.tandem.admin.security.CurrentUser;

/**
 * The sign-in page: a local account form, a button per single sign-on provider when one
 * is configured, and the language menu.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final LoginForm loginForm = new LoginForm();

	final List<Anchor> singleSignOnLinks = new ArrayList<>();

	final LoginI18n texts;

	private final CurrentUser currentUser;

	LoginView(CurrentUser currentUser, ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
		this.currentUser = currentUser;
		setId("login-view");
		addClassName("tandem-login");
		setSizeFull();
		setPadding(false);
		setAlignItems(FlexComponent.Alignment.CENTER);
		setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

		loginForm.setAction(SecurityConfiguration.LOGIN_PATH.substring(1));
		loginForm.setForgotPasswordButtonVisible(false);
		texts = localizedLoginTexts();
		loginForm.setI18n(texts);

		Div card = new Div(loginForm);
		card.addClassName("tandem-login-card");
		for (ClientRegistration registration : registrationsOf(clientRegistrations.getIfAvailable())) {
			Anchor link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
					getTranslation("login.sso", registration.getClientName()));
			link.setRouterIgnore(true);
			link.setId("sso-" + registration.getRegistrationId());
			link.addClassNames("tandem-login-sso");
			link.addComponentAsFirst(VaadinIcon.KEY_O.create());
			singleSignOnLinks.add(link);
			card.add(link);
		}

		Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
		tagline.addClassName("tandem-login-tagline");
		LanguageSelect language = new LanguageSelect();
		language.addClassName("tandem-login-language");
		add(new TandemBrand(), tagline, card, language);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (currentUser.get().isPresent()) {
			event.forwardTo("");
			return;
		}
		var parameters = event.getLocation().getQueryParameters().getParameters();
		java.util.List<String> locked = parameters.getOrDefault("locked", java.util.List.of());
		if (!locked.isEmpty()) {
			// too many failed sign-ins: say so, and for how long, instead of "wrong
			// password"
			long minutes = Math.max(1, (parseSeconds(locked.getFirst()) + 59) / 60);
			texts.getErrorMessage().setTitle(getTranslation("login.locked.title"));
			texts.getErrorMessage().setMessage(getTranslation("login.locked.message", minutes));
			loginForm.setI18n(texts);
			loginForm.setError(true);
			return;
		}
		loginForm.setError(parameters.containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · Tandem";
	}

	private LoginI18n localizedLoginTexts() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form form = i18n.getForm();
		form.setTitle(getTranslation("login.title"));
		form.setUsername(getTranslation("login.username"));
		form.setPassword(getTranslation("login.password"));
		form.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		error.setUsername(getTranslation("login.error.username-required"));
		error.setPassword(getTranslation("login.error.password-required"));
		return i18n;
	}

	private static long parseSeconds(String value) {
		try {
			return Math.max(0, Math.min(Long.parseLong(value), 86_400));
		}
		catch (NumberFormatException ex) {
			return 60;
		}
	}

	private static List<ClientRegistration> registrationsOf(ClientRegistrationRepository repository) {
		List<ClientRegistration> registrations = new ArrayList<>();
		if (repository instanceof Iterable<?> iterable) {
			iterable.forEach(registration -> registrations.add((ClientRegistration) registration));
		}
		return registrations;
	}

}
