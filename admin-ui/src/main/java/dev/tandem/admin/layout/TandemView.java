package dev.tandem.admin.layout;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Base of every page in the main layout: padding and width that match the layout, a
 * translated browser tab title, and an id ({@code view-<name>}) that browser tests select
 * by.
 * <p>
 * A new page extends this class and carries three annotations: {@code Route} (its
 * address), {@code Menu} (its place in the navigation; the title is a translation key)
 * and {@code RolesAllowed} (who may open it, with
 * {@link dev.tandem.admin.security.Role.Name} constants). The navigation and the access
 * rules both read them. See {@code dev.tandem.admin.kb.KnowledgeBaseView} and
 * docs/admin-ui.md, "Adding a view".
 */
public abstract class TandemView extends VerticalLayout implements HasDynamicTitle {

	private final String titleKey;

	protected TandemView(String name, String titleKey) {
		this.titleKey = titleKey;
		setId("view-" + name);
		addClassName("tandem-view");
		setPadding(false);
	}

	/** Translation key of the view's title (navigation label, header, browser tab). */
	public String getTitleKey() {
		return titleKey;
	}

	@Override
	public String getPageTitle() {
		return getTranslation(titleKey) + " · Tandem";
	}

}
