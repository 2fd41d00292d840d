package dev.tandem.admin.i18n;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * The language a user picked in this session. It overrides both the browser's language
 * (Vaadin's default) and the language configured for the user's account, and lasts until
 * the session ends.
 */
public final class LanguagePreference {

	private static final String CHOSEN = LanguagePreference.class.getName() + ".chosen";

	private LanguagePreference() {
	}

	/** The language picked explicitly in this session, if any. */
	public static Optional<SupportedLanguage> chosen(VaadinSession session) {
		return Optional.ofNullable(session.getAttribute(CHOSEN)).map(SupportedLanguage.class::cast);
	}

	/** The language the UI shows now. */
	public static SupportedLanguage current(UI ui) {
		return SupportedLanguage.forLocale(ui.getLocale());
	}

	/**
	 * Switches the whole session to a language and renders the current view again (layout
	 * included), so every text is translated without reloading the page.
	 */
	public static void choose(UI ui, SupportedLanguage language) {
		VaadinSession session = ui.getSession();
		session.setAttribute(CHOSEN, language);
		session.setLocale(language.locale());
		ui.refreshCurrentRoute(true);
	}

	/**
	 * Uses a default language for this session (e.g. the one configured for the user's
	 * account) unless the user has picked one.
	 */
	public static void applyDefault(UI ui, SupportedLanguage language) {
		VaadinSession session = ui.getSession();
		if (chosen(session).isEmpty()) {
			session.setLocale(language.locale());
		}
	}

}
