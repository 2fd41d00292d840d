package dev.tandem.admin.branding;

import com.vaadin.flow.component.Html;

/**
 * Tandem's mark: two wheels under one frame (a person and the assistant riding together),
 * inline so it needs no request and scales crisply. The same drawing is the favicon
 * ({@code icons/tandem.svg}).
 */
public class TandemLogo extends Html {

	static final String SVG = """
			<span class="tandem-logo" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\
			<rect width="32" height="32" rx="8" fill="#2f6f8f"/>\
			<circle cx="10" cy="20" r="5.5" fill="none" stroke="#fff" stroke-width="2.2"/>\
			<circle cx="22" cy="20" r="5.5" fill="none" stroke="#cfe7e1" stroke-width="2.2"/>\
			<path d="M10 20 14.5 10.5H20.5L22 20" fill="none" stroke="#fff" stroke-width="2" \
			stroke-linecap="round" stroke-linejoin="round"/></svg></span>""";

	public TandemLogo() {
		super(SVG);
	}

}
