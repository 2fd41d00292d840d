package dev.tandem.admin.layout;

import java.util.stream.Collectors;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.SignedInUser;

/**
 * The signed-in user's name and roles, and signing out.
 */
class UserMenu extends MenuBar {

	MenuItem signOut;

	UserMenu(CurrentUser currentUser) {
		setId("user-menu");
		addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
		currentUser.get().ifPresentOrElse(user -> build(user, currentUser), () -> setVisible(false));
	}

	private void build(SignedInUser user, CurrentUser currentUser) {
		Avatar avatar = new Avatar(user.displayName());
		avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
		avatar.getElement().setAttribute("tabindex", "-1");
		Span name = new Span(user.displayName());
		name.addClassName("tandem-user-name");
		Div trigger = new Div(avatar, name);
		trigger.addClassNames("tandem-user-trigger");
		MenuItem root = addItem(trigger);
		root.setAriaLabel(getTranslation("layout.user-menu", user.displayName()));
		SubMenu subMenu = root.getSubMenu();

		String roles = user.roles().isEmpty() ? getTranslation("role.none")
				: user.roles()
					.stream()
					.sorted()
					.map(role -> getTranslation("role." + role.name()))
					.collect(Collectors.joining(", "));
		MenuItem identity = subMenu.addItem(getTranslation("layout.signed-in-as", user.username(), roles));
		identity.setEnabled(false);
		signOut = subMenu.addItem(getTranslation("layout.sign-out"), click -> currentUser.signOut());
		signOut.addComponentAsFirst(VaadinIcon.SIGN_OUT.create());
		signOut.setId("sign-out");
	}

}
