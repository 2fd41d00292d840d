package dev.tandem.admin.branding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Logo and product name, as shown at the top of the navigation and on the login page.
 */
public class TandemBrand extends Div {

	public TandemBrand() {
		addClassName("tandem-brand");
		Span name = new Span("Tandem");
		name.setId("brand-name");
		add(new TandemLogo(), name);
	}

}
