package dev.tandem.admin.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.layout.EmptyState;
import dev.tandem.admin.layout.TandemView;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest extends BrowserlessUiTest {

	@Test
	@WithUserDetails("km")
	void switchingToChineseTranslatesNavigationAndPageAtOnce() {
		navigate("", TandemView.class);
		assertThat(find(EmptyState.class).single().getHeading()).isEqualTo("No results to chart yet");

		test(find(LanguageSelect.class).single()).selectItem("简体中文");

		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("仪表板", "知识库", "审核队列", "知识缺口", "试一试");
		assertThat(find(EmptyState.class).single().getHeading()).isEqualTo("暂无可展示的数据");
		assertThat(find(LanguageSelect.class).single().getValue()).isEqualTo(SupportedLanguage.SIMPLIFIED_CHINESE);
	}

	@Test
	@WithUserDetails("km")
	void chosenLanguageIsRememberedForTheSession() {
		navigate("", TandemView.class);
		test(find(LanguageSelect.class).single()).selectItem("简体中文");

		navigate("knowledge-base", TandemView.class);

		assertThat(LanguagePreference.chosen(VaadinSession.getCurrent()))
			.contains(SupportedLanguage.SIMPLIFIED_CHINESE);
		assertThat(UI.getCurrent().getLocale()).isEqualTo(SupportedLanguage.SIMPLIFIED_CHINESE.locale());
		assertThat(find(Button.class).id("kb-new").getText()).isEqualTo("新建文章");
	}

	@Test
	@WithUserDetails("chen")
	void languageConfiguredForTheAccountIsUsedWithoutSwitching() {
		navigate("", TandemView.class);
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).startsWith("仪表板");
	}

	@Test
	@WithUserDetails("chen")
	void switchingBackToEnglishBeatsTheAccountLanguage() {
		navigate("", TandemView.class);
		test(find(LanguageSelect.class).single()).selectItem("English");
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).startsWith("Dashboards");
	}

}
