package dev.tandem.admin.policy;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.admin.browser.FixtureKnowledgeBase;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.mode.Mode;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.triage.PolicyStore;
import dev.tandem.connector.triage.TriagePolicy;
import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.calibration.CalibrationService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin tightens the policy and saves it with a comment, finds the new version in the
 * history, restores the one before, and switches to shadow mode and back; a manager sees
 * the same page read-only.
 */
class PolicyJourneyIT extends BrowserTest {

	@Autowired
	ArticleRepository repository;

	@Autowired
	AnswerRetriever retriever;

	@Autowired
	CalibrationService calibration;

	@Autowired
	PolicyStore policies;

	@Autowired
	OperatingMode mode;

	@Autowired
	DocumentIndexes indexes;

	@BeforeEach
	void fixture() {
		FixtureKnowledgeBase.ensureImported(this.repository, this.retriever, this.calibration);
	}

	@AfterEach
	void live() {
		this.mode.switchTo(Mode.LIVE, "test", java.util.Optional.of("test cleanup"));
	}

	@Test
	void adminChangesThePolicySeesItInTheHistoryAndRestoresTheVersionBefore() {
		TriagePolicy before = this.policies.current();
		// a category of this run's own (the policy outlives a run in the test cluster)
		String category = "legal-" + Long.toString(System.nanoTime() % 46656, 36);
		signIn(TestAccount.ADMIN);
		open("policy");
		assertThat(page.locator("#policy-mode-badge")).hasText("Live");
		assertThat(page.locator("#policy-form")).isVisible();
		screenshot("policy");

		// a target precision picks the minimum confidence from the curve
		Locator target = page.locator("#policy-target-precision input");
		target.fill("99");
		target.press("Tab");
		waitForVaadin();
		Locator minimum = page.locator("#policy-min-confidence input");
		assertThat(minimum).not().hasValue("");
		double picked = Double.parseDouble(minimum.inputValue());
		assertThat(picked).isBetween(0.0, 1.0);
		assertThat(page.locator("#policy-point-threshold"))
			.containsText(String.format(java.util.Locale.ROOT, "%.2f", picked));
		assertThat(page.locator("#policy-point-precision")).containsText(Pattern.compile("^\\D*(99|100)\\.\\d%"));
		page.locator("#policy-curve").scrollIntoViewIfNeeded();
		screenshot("operating-point");
		Locator categories = page.locator("#policy-never-categories input");
		categories.fill(category);
		categories.press("Enter");
		waitForVaadin();
		page.locator("#policy-comment textarea").fill("Legal questions need a lawyer");
		screenshot("edited");
		page.locator("#policy-save").click();
		waitForVaadin();
		assertThat(page.locator("vaadin-notification-card"))
			.containsText("Saved as policy version " + (before.version() + 1));
		TriagePolicy saved = this.policies.current();
		assertThat(saved.autoAnswerMinConfidence()).isEqualTo(picked);
		assertThat(saved.neverAutoAnswerCategories()).contains(category);
		assertThat(saved.updatedBy()).isEqualTo("admin");
		assertThat(page.locator("#policy-history-grid")).containsText("Legal questions need a lawyer");
		assertThat(page.locator("#policy-history-changes")).containsText("Categories never answered automatically");
		assertThat(page.locator("#policy-history-changes")).containsText(category);
		screenshot("saved");

		String previous = (before.version() == 0) ? "0" : "v" + before.version();
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + previous + "$")))
			.first()
			.click();
		waitForVaadin();
		page.locator("#policy-restore").click();
		waitForVaadin();
		assertThat(page.locator("#policy-restore-comment textarea")).hasValue("Restored version " + before.version());
		screenshot("restore-dialog");
		page.locator("#policy-restore-confirm").click();
		waitForVaadin();
		assertThat(page.locator("#policy-restore-confirm")).isHidden();
		TriagePolicy restored = this.policies.current();
		assertThat(restored.version()).isEqualTo(before.version() + 2);
		assertThat(restored.autoAnswerMinConfidence()).isEqualTo(before.autoAnswerMinConfidence());
		assertThat(restored.neverAutoAnswerCategories()).isEqualTo(before.neverAutoAnswerCategories());
		assertThat(page.locator("#policy-version")).containsText("Version " + restored.version());
		screenshot("restored");

		// the audit trail is searchable after Elasticsearch's refresh
		this.indexes.index("audit", "/dev/tandem/connector/audit/audit-mapping.json", AuditEntry.class).refresh();
		open("audit-log");
		assertThat(page.locator("#audit-grid")).containsText("policy.restored");
		assertThat(page.locator("#audit-grid")).containsText("policy.changed");
	}

	@Test
	void adminSwitchesToShadowAfterConfirmingAndBack() {
		signIn(TestAccount.ADMIN);
		open("policy");
		page.locator("#policy-mode-switch").click();
		waitForVaadin();
		page.locator("#policy-mode-reason textarea").fill("Trial week next to the team");
		screenshot("confirm-shadow");
		page.locator("vaadin-button[slot='confirm-button']").click();
		waitForVaadin();
		assertThat(page.locator("#policy-mode-badge")).hasText("Shadow");
		assertThat(page.locator("#policy-mode-last-switch")).containsText("Trial week next to the team");
		assertThat(this.mode.current()).isEqualTo(Mode.SHADOW);
		screenshot("shadow");

		page.locator("#policy-mode-switch").click();
		waitForVaadin();
		page.locator("vaadin-button[slot='confirm-button']").click();
		waitForVaadin();
		assertThat(page.locator("#policy-mode-badge")).hasText("Live");
		assertThat(this.mode.current()).isEqualTo(Mode.LIVE);
	}

	@Test
	void managerSeesThePolicyReadOnly() {
		signIn(TestAccount.MANAGER);
		open("policy");
		assertThat(page.locator("#policy-read-only")).isVisible();
		assertThat(page.locator("#policy-save")).hasCount(0);
		assertThat(page.locator("#policy-mode-switch")).isHidden();
		assertThat(page.locator("#policy-min-confidence")).hasAttribute("readonly", "");
		assertThat(page.locator("#policy-mode-badge")).isVisible();
		assertThat(page.locator("#policy-history-grid")).isVisible();
		screenshot("manager");
	}

}
