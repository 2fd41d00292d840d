package dev.tandem.admin.policy;

import java.util.List;

import com.vaadin.flow.component.html.Div;

/** Every reason a policy was not saved at once, so the admin fixes them in one pass. */
class ProblemsBanner extends Div {

	ProblemsBanner() {
		setId("policy-problems");
		addClassName("tandem-warning-banner");
		setVisible(false);
	}

	void show(List<String> found) {
		removeAll();
		add(new Div(getTranslation("policy.error.title")));
		found.forEach((problem) -> add(new Div("• " + problem)));
		setVisible(true);
	}

}
