package dev.tandem.admin.layout;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import dev.tandem.admin.branding.TandemBrand;
import dev.tandem.admin.i18n.LanguageSelect;
import dev.tandem.admin.security.CurrentUser;

/**
 * The frame around every page: navigation on the side (only the pages the user's roles
 * open), the page title, the language menu and the user menu on top. Pages join the
 * navigation with {@code @Menu(title = "<translation key>")} and are guarded by
 * {@code @RolesAllowed}; the navigation and the access rules read the same annotations.
 */
@Layout
@AnonymousAllowed // the not-found page uses it too; every page in it declares its own
					// roles
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	final SideNav navigation = new SideNav();

	final H1 viewTitle = new H1();

	final UserMenu userMenu;

	final Div banners = new Div();

	private final List<PageBanner> pageBanners;

	public MainLayout(CurrentUser currentUser, List<PageBanner> pageBanners) {
		this.pageBanners = pageBanners;
		setId("main-layout");
		setPrimarySection(Section.DRAWER);

		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
		viewTitle.addClassName("tandem-view-title");
		userMenu = new UserMenu(currentUser);
		banners.setId("page-banners");
		banners.addClassName("tandem-banners");
		Div navbar = new Div(toggle, viewTitle, banners, new LanguageSelect(), userMenu);
		navbar.addClassName("tandem-navbar");
		addToNavbar(navbar);

		navigation.setId("side-nav");
		navigation.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
		for (MenuEntry entry : allowedEntries()) {
			SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if (entry.icon() != null && entry.icon().contains(":")) {
				String[] icon = entry.icon().split(":", 2);
				item.setPrefixComponent(new Icon(icon[0], icon[1]));
			}
			item.setId("nav-" + entry.path().replaceFirst("^/", ""));
			navigation.addItem(item);
		}
		Div footer = new Div(getTranslation("layout.tagline"));
		footer.addClassName("tandem-drawer-footer");
		addToDrawer(new TandemBrand(), new Scroller(navigation), footer);
	}

	/** The menu entries (pages) the current user may open, in menu order. */
	static List<MenuEntry> allowedEntries() {
		// Vaadin filters the entries with the same access checker that guards navigation.
		return MenuConfiguration.getMenuEntries();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		String titleKey = (getContent() instanceof TandemView view) ? view.getTitleKey() : "layout.not-found.title";
		viewTitle.setText(getTranslation(titleKey));
		banners.removeAll();
		for (PageBanner banner : pageBanners) {
			banner.banner().ifPresent(banners::add);
		}
	}

}
