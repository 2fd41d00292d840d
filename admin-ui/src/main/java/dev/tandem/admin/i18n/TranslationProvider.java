package dev.tandem.admin.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Vaadin's translations, from the UTF-8 resource bundles
 * {@code vaadin-i18n/translations.properties} (English) and
 * {@code translations_zh_CN.properties} (Simplified Chinese). Components get them with
 * {@code getTranslation("key", args...)}; arguments use {@link MessageFormat}
 * ({@code {0}}).
 * <p>
 * A missing key shows as {@code !key!} (and is logged) so it is noticed, never as an
 * empty label.
 */
@Component
public class TranslationProvider implements I18NProvider {

	static final String BUNDLE = "vaadin-i18n.translations";

	private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

	// No fallback to the JVM's default locale: a server running in zh_CN must still show
	// English to English users.
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::locale).toList();
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		if (key == null) {
			return "";
		}
		Locale bundleLocale = SupportedLanguage.forLocale(locale).locale();
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale, CONTROL);
		try {
			String pattern = bundle.getString(key);
			return (params == null || params.length == 0) ? pattern
					: new MessageFormat(pattern, bundleLocale).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("No translation for key '{}' in {}", key, bundleLocale);
			return "!" + key + "!";
		}
	}

}
