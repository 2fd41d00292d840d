package dev.tandem.admin.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.router.Menu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import dev.tandem.admin.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

	private final TranslationProvider provider = new TranslationProvider();

	@Test
	void everyKeyExistsInEveryLanguage() throws IOException {
		Set<String> english = load("vaadin-i18n/translations.properties").stringPropertyNames();
		Set<String> chinese = load("vaadin-i18n/translations_zh_CN.properties").stringPropertyNames();
		assertThat(difference(english, chinese)).as("keys missing in translations_zh_CN.properties").isEmpty();
		assertThat(difference(chinese, english)).as("keys missing in translations.properties").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(SupportedLanguage.class)
	void noTranslationIsBlank(SupportedLanguage language) throws IOException {
		Properties bundle = load(language == SupportedLanguage.ENGLISH ? "vaadin-i18n/translations.properties"
				: "vaadin-i18n/translations_zh_CN.properties");
		assertThat(bundle.stringPropertyNames())
			.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void everyNavigationTitleAndRoleIsTranslated() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
		Set<String> keys = new TreeSet<>();
		scanner.findCandidateComponents("dev.tandem.admin").forEach(candidate -> {
			try {
				keys.add(Class.forName(candidate.getBeanClassName()).getAnnotation(Menu.class).title());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Arrays.stream(Role.values()).forEach(role -> keys.add("role." + role.name()));
		assertThat(keys).hasSizeGreaterThan(Role.values().length);
		for (SupportedLanguage language : SupportedLanguage.values()) {
			assertThat(keys).allSatisfy(
					key -> assertThat(provider.getTranslation(key, language.locale())).as(key + " in " + language)
						.doesNotStartWith("!"));
		}
	}

	@Test
	void chineseIsReadAsUtf8() {
		assertThat(provider.getTranslation("nav.knowledge-base", Locale.SIMPLIFIED_CHINESE)).isEqualTo("知识库");
	}

	@Test
	void chineseVariantsAndUnknownLanguagesGetTheClosestTranslation() {
		assertThat(provider.getTranslation("nav.alerts", Locale.TRADITIONAL_CHINESE)).isEqualTo("告警");
		assertThat(provider.getTranslation("nav.alerts", Locale.GERMAN)).isEqualTo("Alerts");
		assertThat(provider.getTranslation("nav.alerts", Locale.UK)).isEqualTo("Alerts");
	}

	@Test
	void argumentsAreFilledIn() {
		assertThat(provider.getTranslation("login.sso", Locale.ENGLISH, "Okta")).isEqualTo("Sign in with Okta");
		assertThat(provider.getTranslation("login.sso", Locale.SIMPLIFIED_CHINESE, "Okta")).isEqualTo("使用 Okta 登录");
	}

	@Test
	void missingKeyIsVisibleNotEmpty() {
		assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
