package dev.tandem.admin.layout;

import java.util.List;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.AccessRules;
import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends BrowserlessUiTest {

	@Test
	@WithUserDetails("admin")
	void adminSeesEveryPageInTheNavigation() {
		navigate("", TandemView.class);
		assertThat(navigationPaths()).containsExactlyElementsOf(AccessRules.allowed(Role.ADMIN));
	}

	@Test
	@WithUserDetails("km")
	void knowledgeManagerSeesOnlyTheKnowledgePages() {
		navigate("", TandemView.class);
		assertThat(navigationPaths()).containsExactlyElementsOf(AccessRules.allowed(Role.KNOWLEDGE_MANAGER));
	}

	@Test
	@WithUserDetails("manager")
	void managerSeesOnlyTheServiceDeskPages() {
		navigate("", TandemView.class);
		assertThat(navigationPaths()).containsExactlyElementsOf(AccessRules.allowed(Role.MANAGER));
	}

	@Test
	@WithUserDetails("km")
	void navigationLabelsAreTranslatedTitles() {
		navigate("", TandemView.class);
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("Dashboards", "Knowledge base", "Review queue", "Knowledge gaps", "Try it");
	}

	@Test
	@WithUserDetails("admin")
	void viewsAreNotWrappedInSecurityProxies() {
		navigate("knowledge-base", TandemView.class);
		// A CGLIB proxy of a Vaadin component breaks it; view access is Vaadin's job, not
		// Spring's method security.
		assertThat(getCurrentView().getClass().getName()).isEqualTo("dev.tandem.admin.kb.KnowledgeBaseView");
	}

	@Test
	@WithUserDetails("manager")
	void homeOpensTheFirstPageTheRoleAllows() {
		navigate("", TandemView.class);
		assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("view-dashboards");
		assertThat(find(MainLayout.class).single().viewTitle.getText()).isEqualTo("Dashboards");
	}

	@Test
	@WithMockUser(username = "sso-user", authorities = "OIDC_USER")
	void signedInUserWithoutRoleIsToldWhyThereIsNothing() {
		HomeView home = navigate("", HomeView.class);
		assertThat(navigationPaths()).isEmpty();
		assertThat(find(EmptyState.class, home).single().getHeading()).isEqualTo("No pages for your account yet");
	}

	@Test
	@WithUserDetails("km")
	void pageOutsideTheRoleLooksLikeAnUnknownPage() {
		navigate("alerts", NotFoundView.class);
		assertThat(find(EmptyState.class).single().getHeading()).isEqualTo("Page not found");
		assertThat(find(MainLayout.class).single().viewTitle.getText()).isEqualTo("Page not found");
	}

	@Test
	@WithUserDetails("km")
	void userMenuNamesTheUserAndTheirRoles() {
		navigate("", TandemView.class);
		UserMenu menu = find(UserMenu.class).single();
		assertThat(menu.isVisible()).isTrue();
		assertThat(menu.getItems().getFirst().getElement().getTextRecursively()).contains("Kim Knowledge");
		assertThat(menu.getItems().getFirst().getSubMenu().getItems().getFirst().getText())
			.isEqualTo("Signed in as km (Knowledge manager)");
	}

	private List<String> navigationPaths() {
		return find(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
	}

}
