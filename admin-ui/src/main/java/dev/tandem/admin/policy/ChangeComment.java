package dev.tandem.admin.policy;

import java.util.List;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * Why the policy changes. Required: every version is audited, and a version without a
 * reason cannot be judged later when someone asks why Tandem behaved differently.
 */
class ChangeComment extends TextArea {

	ChangeComment() {
		setId("policy-comment");
		setLabel(getTranslation("policy.form.comment"));
		setHelperText(getTranslation("policy.form.comment.help"));
		setRequiredIndicatorVisible(true);
		setMaxLength(500);
		setWidthFull();
	}

	/**
	 * The stripped comment; marks the field invalid and adds the problem when it is
	 * empty.
	 */
	String require(List<String> found) {
		String why = getValue().strip();
		if (why.isEmpty()) {
			setErrorMessage(getTranslation("policy.error.comment"));
			setInvalid(true);
			found.add(getTranslation("policy.error.comment"));
		}
		else {
			setInvalid(false);
		}
		return why;
	}

}
