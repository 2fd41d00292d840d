package dev.tandem.admin.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import dev.tandem.admin.i18n.LanguagePreference;
import dev.tandem.admin.i18n.SupportedLanguage;
import dev.tandem.admin.security.CurrentUser;

/**
 * Uses the language configured for a user's account (or sent by single sign-on) once they
 * are signed in, unless they picked one in this session. Without either, Vaadin uses the
 * browser's language.
 */
@Component
class AccountLanguageInitializer implements VaadinServiceInitListener {

	private final CurrentUser currentUser;

	AccountLanguageInitializer(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource()
			.addUIInitListener(uiInit -> currentUser.get()
				.flatMap(user -> user.preferredLocale())
				.flatMap(SupportedLanguage::closestTo)
				.ifPresent(language -> LanguagePreference.applyDefault(uiInit.getUI(), language)));
	}

}
