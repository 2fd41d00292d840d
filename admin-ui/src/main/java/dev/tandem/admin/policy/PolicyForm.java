package dev.tandem.admin.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;

import dev.tandem.connector.triage.SentimentLabel;
import dev.tandem.connector.triage.TriagePolicy;

/**
 * Every field of a {@link TriagePolicy}, in sections: automatic answers (with the target
 * precision that picks a minimum confidence from the calibrated curve), what a person
 * always handles, and VIP rules. Validates in the browser first, naming the field.
 */
class PolicyForm extends VerticalLayout {

	private static final Pattern DOMAIN = Pattern
		.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

	private static final Pattern NAME = Pattern.compile("[^,]{1,100}");

	final Checkbox autoAnswerEnabled = new Checkbox();

	final NumberField targetPrecision = new NumberField();

	final NumberField autoAnswerMinConfidence = new NumberField();

	final CategoryThresholds categoryThresholds = new CategoryThresholds();

	final NumberField assistMinConfidence = new NumberField();

	final CheckboxGroup<String> autoAnswerLanguages = new CheckboxGroup<>();

	final TagField neverAutoAnswerCategories;

	final CheckboxGroup<SentimentLabel> humanOnSentiments = new CheckboxGroup<>();

	final Checkbox humanOnAnger = new Checkbox();

	final Checkbox humanOnPersonRequest = new Checkbox();

	final TagField vipEmailDomains;

	final TagField vipOrganisations;

	final TagField vipLabels;

	final VipFields vipFields = new VipFields();

	private TriagePolicy shown;

	PolicyForm() {
		setPadding(false);
		setId("policy-form");
		this.neverAutoAnswerCategories = new TagField("policy-never-categories",
				getTranslation("policy.form.never-categories"), (value) -> NAME.matcher(value).matches(),
				getTranslation("policy.error.name"));
		this.vipEmailDomains = new TagField("policy-vip-domains", getTranslation("policy.form.vip-domains"),
				(value) -> DOMAIN.matcher(value.startsWith("@") ? value.substring(1) : value).matches(),
				getTranslation("policy.error.domain"));
		this.vipOrganisations = new TagField("policy-vip-organisations",
				getTranslation("policy.form.vip-organisations"), (value) -> NAME.matcher(value).matches(),
				getTranslation("policy.error.name"));
		this.vipLabels = new TagField("policy-vip-labels", getTranslation("policy.form.vip-labels"),
				(value) -> value.matches("\\S{1,255}"), getTranslation("policy.error.label"));

		this.autoAnswerEnabled.setId("policy-auto-answer-enabled");
		this.autoAnswerEnabled.setLabel(getTranslation("policy.form.auto-answer-enabled"));
		confidence(this.targetPrecision, "policy-target-precision", "policy.form.target-precision", 50, 99.9, 0.5);
		this.targetPrecision.setSuffixComponent(new Span("%"));
		confidence(this.autoAnswerMinConfidence, "policy-min-confidence", "policy.form.min-confidence", 0, 1, 0.01);
		confidence(this.assistMinConfidence, "policy-assist-min-confidence", "policy.form.assist-min-confidence", 0, 1,
				0.01);
		this.autoAnswerLanguages.setId("policy-languages");
		this.autoAnswerLanguages.setLabel(getTranslation("policy.form.languages"));
		this.autoAnswerLanguages.setItems("en", "zh");
		this.autoAnswerLanguages.setItemLabelGenerator((language) -> getTranslation("policy.language." + language));
		this.humanOnSentiments.setId("policy-human-sentiments");
		this.humanOnSentiments.setLabel(getTranslation("policy.form.human-sentiments"));
		this.humanOnSentiments.setItems(SentimentLabel.VERY_NEGATIVE, SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL);
		this.humanOnSentiments.setItemLabelGenerator(
				(label) -> getTranslation("policy.sentiment." + label.name().toLowerCase(Locale.ROOT)));
		this.humanOnAnger.setId("policy-human-anger");
		this.humanOnAnger.setLabel(getTranslation("policy.form.human-anger"));
		this.humanOnPersonRequest.setId("policy-human-person-request");
		this.humanOnPersonRequest.setLabel(getTranslation("policy.form.human-person-request"));

		FormLayout answers = section();
		answers.add(this.autoAnswerEnabled, 2);
		answers.add(this.targetPrecision, this.autoAnswerMinConfidence, this.assistMinConfidence,
				this.autoAnswerLanguages);
		FormLayout people = section();
		people.add(this.neverAutoAnswerCategories, 2);
		people.add(this.humanOnSentiments, 2);
		people.add(this.humanOnAnger, this.humanOnPersonRequest);
		FormLayout vip = section();
		vip.add(this.vipEmailDomains, this.vipOrganisations, this.vipLabels);
		add(heading("policy.form.section.answers"), answers, heading("policy.form.category-threshold.title"),
				explanation("policy.form.category-threshold.text"), this.categoryThresholds,
				heading("policy.form.section.people"), people, heading("policy.form.section.vip"),
				explanation("policy.form.section.vip.text"), vip, heading("policy.form.vip-field.title"),
				this.vipFields);
	}

	/** Fills every field from a policy. */
	void show(TriagePolicy policy, Set<String> knownCategories) {
		this.shown = policy;
		this.autoAnswerEnabled.setValue(policy.autoAnswerEnabled());
		this.autoAnswerMinConfidence.setValue(policy.autoAnswerMinConfidence());
		this.assistMinConfidence.setValue(policy.assistMinConfidence());
		this.autoAnswerLanguages.setValue(policy.autoAnswerLanguages());
		this.neverAutoAnswerCategories.show(policy.neverAutoAnswerCategories());
		this.neverAutoAnswerCategories.offer(knownCategories);
		this.categoryThresholds.show(policy.categoryAutoAnswerMinConfidence());
		this.categoryThresholds.offer(knownCategories);
		Set<SentimentLabel> sentiments = policy.humanOnSentiments().isEmpty() ? Set.of()
				: EnumSet.copyOf(policy.humanOnSentiments());
		this.humanOnSentiments.setValue(sentiments);
		this.humanOnAnger.setValue(policy.humanOnAnger());
		this.humanOnPersonRequest.setValue(policy.humanOnPersonRequest());
		this.vipEmailDomains.show(policy.vip().emailDomains());
		this.vipOrganisations.show(policy.vip().organisations());
		this.vipLabels.show(policy.vip().labels());
		this.vipFields.show(policy.vip().fields());
	}

	void setReadOnly(boolean readOnly) {
		for (HasValue<?, ?> field : List.of(this.autoAnswerEnabled, this.targetPrecision, this.autoAnswerMinConfidence,
				this.assistMinConfidence, this.autoAnswerLanguages, this.neverAutoAnswerCategories,
				this.humanOnSentiments, this.humanOnAnger, this.humanOnPersonRequest, this.vipEmailDomains,
				this.vipOrganisations, this.vipLabels)) {
			field.setReadOnly(readOnly);
		}
		this.categoryThresholds.setReadOnly(readOnly);
		this.vipFields.setReadOnly(readOnly);
	}

	/**
	 * The policy as edited (version and authorship those of the policy shown), or empty
	 * with every problem, naming the field, added to {@code problems}.
	 */
	Optional<TriagePolicy> read(List<String> problems) {
		int before = problems.size();
		Double minimum = checked(this.autoAnswerMinConfidence, "policy.form.min-confidence", problems);
		Double assist = checked(this.assistMinConfidence, "policy.form.assist-min-confidence", problems);
		var categoryMinimums = this.categoryThresholds.values(problems);
		var fields = this.vipFields.values(problems);
		for (TagField tags : List.of(this.neverAutoAnswerCategories, this.vipEmailDomains, this.vipOrganisations,
				this.vipLabels)) {
			if (tags.isInvalid()) {
				problems.add(tags.getLabel() + ": " + tags.getErrorMessage());
			}
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		Set<String> domains = new TreeSet<>();
		this.vipEmailDomains.values()
			.forEach((domain) -> domains.add(domain.startsWith("@") ? domain.substring(1) : domain));
		TriagePolicy base = this.shown;
		return Optional.of(new TriagePolicy(base.version(), this.autoAnswerEnabled.getValue(), minimum, assist,
				this.autoAnswerLanguages.getValue(), this.neverAutoAnswerCategories.values(),
				this.humanOnSentiments.getValue(), this.humanOnAnger.getValue(), this.humanOnPersonRequest.getValue(),
				new TriagePolicy.Vip(domains, this.vipOrganisations.values(), this.vipLabels.values(), fields),
				base.updatedBy(), base.updatedAt(), base.comment(), categoryMinimums));
	}

	private Double checked(NumberField field, String labelKey, List<String> problems) {
		Double value = field.getValue();
		if (value == null || value < 0 || value > 1) {
			String message = getTranslation("policy.error.confidence", getTranslation(labelKey));
			field.setErrorMessage(message);
			field.setInvalid(true);
			problems.add(message);
			return null;
		}
		field.setInvalid(false);
		return value;
	}

	private void confidence(NumberField field, String id, String labelKey, double min, double max, double step) {
		field.setId(id);
		field.setLabel(getTranslation(labelKey));
		field.setHelperText(getTranslation(labelKey + ".help"));
		field.setMin(min);
		field.setMax(max);
		field.setStep(step);
		field.setStepButtonsVisible(true);
	}

	private static FormLayout section() {
		FormLayout layout = new FormLayout();
		layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
		layout.setWidthFull();
		return layout;
	}

	private H3 heading(String key) {
		return new H3(getTranslation(key));
	}

	private Paragraph explanation(String key) {
		Paragraph text = new Paragraph(getTranslation(key));
		text.addClassName("tandem-muted");
		return text;
	}

}
