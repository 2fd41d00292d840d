package dev.tandem.admin.security.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.i18n.LanguageSelect;
import dev.tandem.admin.layout.TandemView;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends BrowserlessUiTest {

	@Test
	@WithAnonymousUser
	void formPostsToSpringSecurityWithoutError() {
		LoginView view = navigate(LoginView.class);
		assertThat(view.loginForm.getAction()).isEqualTo("login");
		assertThat(view.loginForm.isError()).isFalse();
		assertThat(view.loginForm.isForgotPasswordButtonVisible()).isFalse();
	}

	@Test
	@WithAnonymousUser
	void failedSignInShowsTheErrorMessage() {
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
		LoginView view = (LoginView) getCurrentView();
		assertThat(view.loginForm.isError()).isTrue();
		assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
	}

	@Test
	@WithAnonymousUser
	void formIsTranslatedIntoChinese() {
		navigate(LoginView.class);
		test(find(LanguageSelect.class).single()).selectItem("简体中文");
		LoginView view = (LoginView) getCurrentView();
		assertThat(view.texts.getForm().getTitle()).isEqualTo("登录");
		assertThat(view.texts.getForm().getUsername()).isEqualTo("用户名");
		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
	}

	@Test
	@WithAnonymousUser
	void noSingleSignOnButtonWithoutARegistration() {
		LoginView view = navigate(LoginView.class);
		assertThat(view.singleSignOnLinks).isEmpty();
	}

	@Test
	@WithUserDetails("admin")
	void signedInUserIsSentToTheStartPage() {
		navigate("login", TandemView.class);
		assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("view-dashboards");
	}

}
