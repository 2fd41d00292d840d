package dev.tandem.admin.layout;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something every page should show on top while it lasts (e.g. open alerts). Features
 * provide it as a Spring bean; {@link MainLayout} asks on every navigation, so the layout
 * does not depend on the features.
 */
public interface PageBanner {

	/**
	 * @return the banner for the signed-in user, empty when there is nothing to show (or
	 * the user's roles do not concern it)
	 */
	Optional<Component> banner();

}
