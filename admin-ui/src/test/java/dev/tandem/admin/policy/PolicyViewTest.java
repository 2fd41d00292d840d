package dev.tandem.admin.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.admin.layout.EmptyState;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.audit.AuditQuery;
import dev.tandem.connector.mode.Mode;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.triage.PolicyDifference;
import dev.tandem.connector.triage.PolicyStore;
import dev.tandem.connector.triage.TriagePolicy;
import dev.tandem.kb.calibration.OutOfScopeExamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * The policy page against the connector's real policy store, mode and audit trail (test
 * Elasticsearch, shared by the tests of a run: each test starts from the version in
 * force, and leaves the configured defaults in force again, since other views' tests
 * triage with the same stored policy).
 */
class PolicyViewTest extends BrowserlessUiTest {

	@Autowired
	private PolicyStore store;

	@Autowired
	private OperatingMode operatingMode;

	@Autowired
	private AuditLog audit;

	@Autowired
	private DocumentIndexes indexes;

	@Autowired
	private PolicyService service;

	@AfterEach
	void putTheConfiguredDefaultsBackInForce() {
		TriagePolicy current = this.store.current();
		if (!PolicyDifference.between(this.store.defaults(), current).isEmpty()) {
			this.store.restore(0, current.version(), "test", Optional.of("defaults again after a policy view test"));
		}
	}

	@Test
	@WithUserDetails("admin")
	void showsThresholdTargetAndTheCurveWithTargetLineAndThresholdMarker() {
		PolicyView view = navigate("policy", PolicyView.class);
		assertThat(find(Div.class).id("policy-threshold").getElement().getTextRecursively()).contains("0.80");
		assertThat(find(Div.class).id("policy-target").getElement().getTextRecursively()).contains("95%");
		String option = view.curve.chart.getOption().orElseThrow();
		assertThat(option).contains("\"markLine\"")
			.contains("\"yAxis\":0.95")
			.contains("\"markPoint\"")
			.contains("\"coord\":[0.62,0.96]")
			.contains("[0.2,1.0,0.95]");
	}

	@Test
	@WithUserDetails("admin")
	void withoutKnownOutOfScopeQuestionsSaysTheEstimateComesFromLeavingArticlesOut() {
		navigate("policy", PolicyView.class);
		assertThat(text("policy-out-of-scope-estimate")).contains("articles left out in turn")
			.contains("kb-indexer out-of-scope import");
	}

	@Test
	@WithUserDetails("admin")
	void withKnownOutOfScopeQuestionsSaysHowMany() {
		when(this.calibrationService.outOfScopeExamples())
			.thenReturn(new OutOfScopeExamples(List.of("weather tomorrow?", "book a table", "order a pizza")));
		navigate("policy", PolicyView.class);
		assertThat(text("policy-out-of-scope-estimate")).contains("3 known out-of-scope questions");
	}

	@Test
	@WithUserDetails("admin")
	void unreadableKnownOutOfScopeQuestionsLeaveTheRestOfTheCalibrationShown() {
		when(this.calibrationService.outOfScopeExamples()).thenThrow(new IllegalStateException("no Elasticsearch"));
		navigate("policy", PolicyView.class);
		assertThat(find(Div.class).all().stream().map(Component::getId).flatMap(Optional::stream))
			.doesNotContain("policy-out-of-scope-estimate")
			.contains("policy-threshold");
	}

	@Test
	@WithUserDetails("admin")
	void leavingWithUnsavedEditsAsksAndStaysUntilTheyAreDiscarded() {
		PolicyView view = navigate("policy", PolicyView.class);
		UI.getCurrent().navigate("");
		assertThat(getCurrentView()).isNotInstanceOf(PolicyView.class);

		view = navigate("policy", PolicyView.class);
		view.form.assistMinConfidence.setValue(0.42);
		UI.getCurrent().navigate("");
		assertThat(getCurrentView()).isSameAs(view);
		confirm(view.unsavedChanges.question().orElseThrow());
		assertThat(getCurrentView()).isNotInstanceOf(PolicyView.class);
		assertThat(this.store.current().assistMinConfidence()).isNotEqualTo(0.42);
	}

	@Test
	@WithUserDetails("admin")
	void aStricterMinimumConfidenceShowsItsOperatingPointBeforeSaving() {
		PolicyView view = navigate("policy", PolicyView.class);
		view.form.autoAnswerEnabled.setValue(true);
		view.form.autoAnswerMinConfidence.setValue(0.85);

		// halfway between the curve's points at 0.8 (96%, 62%, 2%) and 0.9 (99%, 40%, 1%)
		assertThat(text("policy-point-threshold")).contains("0.85");
		assertThat(text("policy-point-precision")).contains("97.5%");
		assertThat(text("policy-point-coverage")).contains("51.0%").contains("in force: ");
		assertThat(text("policy-point-out-of-scope")).contains("1.5%");
		assertThat(view.form.targetPrecision.getPlaceholder()).isEqualTo("97.5");
		assertThat(view.curve.chart.getOption().orElseThrow()).contains("\"coord\":[0.51,0.975]")
			.contains("Your change 0.85");
		assertThat(this.store.current().autoAnswerMinConfidence()).isNotEqualTo(0.85);
	}

	@Test
	@WithUserDetails("admin")
	void aMinimumBelowTheCalibratedThresholdSaysTheCalibrationDecides() {
		PolicyView view = navigate("policy", PolicyView.class);
		view.form.autoAnswerEnabled.setValue(true);
		view.form.autoAnswerMinConfidence.setValue(0.3);

		assertThat(text("policy-point-threshold")).contains("0.80");
		assertThat(text("policy-point-precision")).contains("96.0%");
		assertThat(text("policy-point-note")).contains("calibrated threshold decides");
		assertThat(view.curve.chart.getOption().orElseThrow()).doesNotContain("Your change");
	}

	@Test
	@WithUserDetails("admin")
	void aTargetPrecisionPicksTheLowestThresholdReachingIt() {
		PolicyView view = navigate("policy", PolicyView.class);
		view.form.targetPrecision.setValue(99.0);
		assertThat(view.form.autoAnswerMinConfidence.getValue()).isEqualTo(0.9);
		assertThat(text("policy-point-precision")).contains("99.0%");

		view.form.targetPrecision.setValue(99.9);
		assertThat(view.form.autoAnswerMinConfidence.getValue()).isEqualTo(0.95);
	}

	@Test
	@WithUserDetails("admin")
	void switchingAutomaticAnswersOffShowsNoCoverage() {
		PolicyView view = navigate("policy", PolicyView.class);
		view.form.autoAnswerEnabled.setValue(false);
		assertThat(text("policy-point-coverage")).contains("0%");
		assertThat(text("policy-point-note")).contains("switched off");
	}

	@Test
	@WithUserDetails("admin")
	void savingNeedsACommentAndNamesEveryInvalidField() {
		PolicyView view = navigate("policy", PolicyView.class);
		int before = this.store.current().version();
		view.form.assistMinConfidence.setValue(1.5);
		view.form.vipFields.addRow("customfield_10050", "");
		view.save();

		assertThat(view.problems.isVisible()).isTrue();
		assertThat(view.problems.getElement().getTextRecursively()).contains("a comment is required")
			.contains("Minimum confidence for a suggestion must be a number from 0 to 1")
			.contains("customfield_10050 needs a value");
		assertThat(view.comment.isInvalid()).isTrue();
		assertThat(view.form.assistMinConfidence.isInvalid()).isTrue();
		assertThat(this.store.current().version()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void savingWithoutAnyChangeSaysSoAndSavesNothing() {
		PolicyView view = navigate("policy", PolicyView.class);
		int before = this.store.current().version();
		view.comment.setValue("no reason");
		view.save();
		assertThat(view.problems.getElement().getTextRecursively()).contains("Nothing changed");
		assertThat(this.store.current().version()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void aTypedEmailDomainThatIsNotOneIsRefused() {
		PolicyView view = navigate("policy", PolicyView.class);
		view.form.vipEmailDomains.addTyped("not a domain");
		assertThat(view.form.vipEmailDomains.isInvalid()).isTrue();
		assertThat(view.form.vipEmailDomains.getErrorMessage()).contains("not an e-mail domain: not a domain");
		view.form.vipEmailDomains.addTyped("@BigCustomer.com");
		assertThat(view.form.vipEmailDomains.isInvalid()).isFalse();
		assertThat(view.form.vipEmailDomains.values()).contains("@bigcustomer.com");
	}

	@Test
	@WithUserDetails("admin")
	void savedChangesBecomeANewVersionInTheHistoryAndInTheAuditLogWithBeforeAndAfter() {
		PolicyView view = navigate("policy", PolicyView.class);
		TriagePolicy before = this.store.current();
		view.form.autoAnswerMinConfidence.setValue(0.9);
		view.form.neverAutoAnswerCategories.addTyped("Legal");
		view.form.vipEmailDomains.addTyped("@bigcustomer.com");
		view.form.vipOrganisations.addTyped("ACME Corp");
		view.form.categoryThresholds.addRow("billing", 0.93);
		view.form.vipFields.addRow("customfield_10050", "Gold");
		view.form.humanOnSentiments.setValue(Set.of(dev.tandem.connector.triage.SentimentLabel.VERY_NEGATIVE,
				dev.tandem.connector.triage.SentimentLabel.NEGATIVE));
		view.comment.setValue("Legal questions need a lawyer");
		view.save();

		TriagePolicy saved = this.store.current();
		assertThat(view.problems.isVisible()).as(view.problems.getElement().getTextRecursively()).isFalse();
		assertThat(saved.version()).isEqualTo(before.version() + 1);
		assertThat(saved.updatedBy()).isEqualTo("admin");
		assertThat(saved.comment()).contains("Legal questions need a lawyer");
		assertThat(saved.autoAnswerMinConfidence()).isEqualTo(0.9);
		assertThat(saved.neverAutoAnswerCategories()).contains("legal");
		assertThat(saved.vip().emailDomains()).contains("bigcustomer.com");
		assertThat(saved.vip().organisations()).contains("acme corp");
		assertThat(saved.vip().fields()).containsEntry("customfield_10050", "Gold");
		assertThat(saved.categoryAutoAnswerMinConfidence()).containsEntry("billing", 0.93);
		assertThat(view.comment.getValue()).isEmpty();
		assertThat(text("policy-version")).contains("Version " + saved.version());
		assertThat(view.history.grid.getListDataView().getItems().findFirst().orElseThrow().version())
			.isEqualTo(saved.version());
		assertThat(text("policy-history-changes")).contains("Categories never answered automatically")
			.contains("legal");

		AuditEntry entry = auditEntries("policy.changed").getFirst();
		assertThat(entry.actor()).isEqualTo("admin");
		assertThat(entry.reasons()).containsExactly("Legal questions need a lawyer");
		assertThat(entry.details()).containsEntry("version", String.valueOf(saved.version()))
			.containsEntry("after.autoAnswerMinConfidence", "0.9")
			.containsEntry("before.autoAnswerMinConfidence",
					dev.tandem.connector.triage.PolicyDifference.fields(before).get("autoAnswerMinConfidence"))
			.containsKey("after.neverAutoAnswerCategories");
	}

	@Test
	@WithUserDetails("admin")
	void restoringAnOlderVersionSavesItsValuesAsANewVersion() {
		TriagePolicy older = this.store.save(withMinimum(this.store.current(), 0.42), this.store.current().version(),
				"admin", Optional.of("older"));
		this.store.save(withMinimum(older, 0.77), older.version(), "admin", Optional.of("newer"));
		PolicyView view = navigate("policy", PolicyView.class);
		view.history.select(older.version());
		assertThat(view.history.restore.isVisible()).isTrue();
		view.history.restore.click();
		assertThat(view.restoreDialog.isOpened()).isTrue();
		view.restore(older.version(), "back to the older minimum");

		TriagePolicy restored = this.store.current();
		assertThat(restored.version()).isEqualTo(older.version() + 2);
		assertThat(restored.autoAnswerMinConfidence()).isEqualTo(0.42);
		assertThat(restored.comment()).contains("back to the older minimum");
		assertThat(view.form.autoAnswerMinConfidence.getValue()).isEqualTo(0.42);
		AuditEntry entry = auditEntries("policy.restored").getFirst();
		assertThat(entry.details()).containsEntry("restoredFrom", String.valueOf(older.version()))
			.containsEntry("before.autoAnswerMinConfidence", "0.77")
			.containsEntry("after.autoAnswerMinConfidence", "0.42");
	}

	@Test
	@WithUserDetails("admin")
	void aSaveBySomeoneElseMeanwhileIsAConflictThatOverwritesNothingAndOffersAReload() {
		PolicyView view = navigate("policy", PolicyView.class);
		TriagePolicy theirs = this.store.save(withMinimum(this.store.current(), 0.66), this.store.current().version(),
				"ada", Optional.of("their change"));
		view.form.autoAnswerMinConfidence.setValue(0.91);
		view.comment.setValue("my change");
		view.save();

		assertThat(view.conflict.isVisible()).isTrue();
		assertThat(view.conflict.getElement().getTextRecursively()).contains("ada")
			.contains("version " + theirs.version());
		assertThat(this.store.current().autoAnswerMinConfidence()).isEqualTo(0.66);
		view.load();
		assertThat(view.form.autoAnswerMinConfidence.getValue()).isEqualTo(0.66);
		assertThat(view.conflict.isVisible()).isFalse();
	}

	@Test
	@WithUserDetails("manager")
	void managersSeeEverythingReadOnlyAndTheServiceRefusesTheirChanges() {
		PolicyView view = navigate("policy", PolicyView.class);
		assertThat(view.form.autoAnswerMinConfidence.isReadOnly()).isTrue();
		assertThat(view.form.neverAutoAnswerCategories.isReadOnly()).isTrue();
		assertThat(view.form.vipFields.add.isVisible()).isFalse();
		assertThat(view.save.isAttached()).isFalse();
		assertThat(view.mode.switchButton.isVisible()).isFalse();
		assertThat(view.history.restore.isVisible()).isFalse();
		assertThat(text("policy-read-only")).contains("only admins change it");
		TriagePolicy current = this.store.current();
		assertThatThrownBy(() -> this.service.save(current, current.version(), "sneaky"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.restore(0, current.version(), "sneaky"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.switchMode(Mode.SHADOW, "sneaky"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("admin")
	void switchingToShadowAndBackIsConfirmedShownAndAudited() {
		PolicyView view = navigate("policy", PolicyView.class);
		try {
			assertThat(view.mode.badge.getText()).isEqualTo("Live");
			view.mode.switchButton.click();
			assertThat(view.mode.dialog.isOpened()).isTrue();
			view.mode.switchTo(Mode.SHADOW, "trial week");
			assertThat(this.operatingMode.current()).isEqualTo(Mode.SHADOW);
			assertThat(view.mode.badge.getText()).isEqualTo("Shadow");
			assertThat(view.mode.lastSwitch.getText()).contains("admin").contains("trial week");
			AuditEntry entry = auditEntries("mode.changed").getFirst();
			assertThat(entry.details()).containsEntry("from", "LIVE").containsEntry("to", "SHADOW");
			assertThat(entry.actor()).isEqualTo("admin");
		}
		finally {
			view.mode.switchTo(Mode.LIVE, "");
		}
		assertThat(this.operatingMode.current()).isEqualTo(Mode.LIVE);
		assertThat(view.mode.badge.getText()).isEqualTo("Live");
	}

	@Test
	@WithUserDetails("admin")
	void withoutACalibrationThePolicyCanStillBeEdited() {
		when(this.calibrationService.current()).thenThrow(new IllegalStateException("no Elasticsearch"));
		PolicyView view = navigate("policy", PolicyView.class);
		assertThat(find(EmptyState.class).single().getHeading()).isEqualTo("The calibration cannot be read right now");
		assertThat(view.form.isAttached()).isTrue();
		assertThat(view.save.isAttached()).isTrue();
	}

	private String text(String id) {
		return find(Component.class).id(id).getElement().getTextRecursively();
	}

	private List<AuditEntry> auditEntries(String action) {
		this.indexes.index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class).refresh();
		return this.audit.search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.of(action), Optional.empty(), Optional.empty(), 0, 10));
	}

	private static TriagePolicy withMinimum(TriagePolicy policy, double minimum) {
		return new TriagePolicy(policy.version(), policy.autoAnswerEnabled(), minimum, policy.assistMinConfidence(),
				policy.autoAnswerLanguages(), policy.neverAutoAnswerCategories(), policy.humanOnSentiments(),
				policy.humanOnAnger(), policy.humanOnPersonRequest(), policy.vip(), policy.updatedBy(),
				policy.updatedAt(), policy.comment(), policy.categoryAutoAnswerMinConfidence());
	}

}
