package dev.tandem.admin.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a page the user's roles do not open (Vaadin
 * answers both with "not found", so that the existence of a page is not revealed).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends TandemView implements HasErrorParameter<NotFoundException> {

	public NotFoundView() {
		super("not-found", "layout.not-found.title");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		Anchor home = new Anchor("", getTranslation("layout.not-found.home"));
		home.setId("not-found-home");
		add(new EmptyState(VaadinIcon.SEARCH, "layout.not-found.title", "layout.not-found.text").withActions(home));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
