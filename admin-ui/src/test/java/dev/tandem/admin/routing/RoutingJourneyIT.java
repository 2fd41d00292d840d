package dev.tandem.admin.routing;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.connector.assignment.Roster;
import dev.tandem.connector.assignment.RosterAgent;
import dev.tandem.connector.assignment.RosterStore;
import dev.tandem.connector.assignment.Shift;
import dev.tandem.connector.assignment.Team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin adds an agent, marks a colleague away until a date, saves with a comment and
 * finds the change in the history; a manager reads the same page without any way to
 * change it.
 */
class RoutingJourneyIT extends BrowserTest {

	@Autowired
	RosterStore store;

	@BeforeEach
	void team() {
		Map<DayOfWeek, Shift> weekdays = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			weekdays.put(day, new Shift("09:00", "17:00", false));
		}
		Map<DayOfWeek, Shift> always = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			always.put(day, new Shift("00:00", "24:00", false));
		}
		Roster roster = new Roster(0, "support", "senior",
				List.of(new Team("support", List.of("account"), Optional.empty()),
						new Team("billing", List.of("billing", "refunds"), Optional.of("jira-billing-agents"))),
				List.of(new RosterAgent("5b10a2844c20165700ede21g", "Ana Berger", List.of("support"), true,
						List.of("en", "de"), List.of("account"), "Europe/Berlin", weekdays),
						new RosterAgent("5b10ac8d82e05b22cc7d4ef5", "Bo Chen", List.of("billing"), false,
								List.of("zh", "en"), List.of("billing"), "Asia/Shanghai", always),
						new RosterAgent("night-owl", "Nat Okafor", List.of("support"), false, List.of("en"), List.of(),
								"America/New_York", Map.of(DayOfWeek.FRIDAY, new Shift("22:00", "06:00", true)))),
				List.of(), null, null, Optional.empty());
		this.store.save(roster, this.store.current().version(), "setup", Optional.of("the demo team"));
	}

	@Test
	void adminAddsAnAgentMarksOneAwaySavesAndSeesTheHistory() {
		signIn(TestAccount.ADMIN);
		open("routing");
		Locator agents = page.locator("#routing-agent-grid");
		assertThat(agents).containsText("Bo Chen");
		assertThat(page.locator("#routing-version")).containsText("saved by setup");
		screenshot("roster");

		page.locator("#routing-agent-add").click();
		waitForVaadin();
		page.locator("#routing-agent-id input").fill("712020:carol-diaz");
		page.locator("#routing-agent-name input").fill("Carol Díaz");
		choose("#routing-agent-teams", "billing");
		choose("#routing-agent-languages", "es");
		choose("#routing-agent-skills", "refunds");
		pick("#routing-agent-time-zone", "America/Mexico_City");
		screenshot("add-agent");
		page.locator("#routing-agent-save").click();
		waitForVaadin();
		assertThat(agents).containsText("Carol Díaz");
		assertThat(agents).containsText("America/Mexico_City");
		assertThat(page.locator("#routing-unsaved")).isVisible();

		page.locator("#routing-away-add").click();
		waitForVaadin();
		pick("#routing-away-agent", "Bo Chen");
		Locator until = page.locator("#routing-away-until input");
		until.fill("1/31/2099");
		until.press("Enter");
		page.locator("#routing-away-reason input").fill("Parental leave");
		waitForVaadin();
		screenshot("mark-away");
		page.locator("#routing-away-save").click();
		waitForVaadin();
		assertThat(page.locator("#routing-away-grid")).containsText("2099-01-31");
		assertThat(agents).containsText("Away until 2099-01-31");

		page.locator("#routing-preview-category input").fill("billing");
		page.locator("#routing-preview-category input").press("Enter");
		page.locator("#routing-preview-ask").click();
		waitForVaadin();
		assertThat(page.locator("#routing-preview-reasons")).containsText("Bo Chen until 2099-01-31, Parental leave");
		screenshot("edited");

		page.locator("#routing-save").click();
		waitForVaadin();
		assertThat(page.locator("#routing-save-changes")).containsText("agent 712020:carol-diaz");
		page.locator("#routing-save-comment textarea").fill("Carol joins billing; Bo on parental leave");
		screenshot("save");
		page.locator("#routing-save-confirm").click();
		waitForVaadin();
		assertThat(page.locator("vaadin-notification-card")).containsText("Saved as version");
		assertThat(page.locator("#routing-unsaved")).isHidden();
		assertThat(this.store.current().agent("712020:carol-diaz")).isPresent();
		assertThat(this.store.current().updatedBy()).isEqualTo("admin");

		page.locator("#routing-history").click();
		waitForVaadin();
		assertThat(page.locator("#routing-versions")).containsText("Carol joins billing");
		assertThat(page.locator("#routing-history-changes")).containsText("+ Carol Díaz");
		assertThat(page.locator("#routing-history-changes")).containsText("away 5b10ac8d82e05b22cc7d4ef5");
		screenshot("history");
	}

	@Test
	void managerReadsTheRosterButCannotChangeIt() {
		signIn(TestAccount.MANAGER);
		open("routing");
		assertThat(page.locator("#routing-agent-grid")).containsText("Nat Okafor");
		assertThat(page.locator("#routing-read-only")).isVisible();
		assertThat(page.locator("#routing-save")).hasCount(0);
		assertThat(page.locator("#routing-agent-add")).hasCount(0);
		assertThat(page.locator("#routing-away-add")).hasCount(0);
		page.locator("#routing-preview-ask").click();
		waitForVaadin();
		assertThat(page.locator("#routing-preview-who")).isVisible();
		screenshot("manager");
		page.locator("#routing-history").click();
		waitForVaadin();
		assertThat(page.locator("#routing-versions")).containsText("the demo team");
	}

	/** Picks a value in a multi-select combo box by typing it. */
	private void choose(String id, String value) {
		pick(id, value);
		page.locator(id + " input").press("Escape");
		waitForVaadin();
	}

	/** Types into a combo box, waits for the filtered list, takes its first item. */
	private void pick(String id, String value) {
		Locator input = page.locator(id + " input");
		input.fill(value);
		waitForVaadin();
		page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
			.filter(new Locator.FilterOptions().setHasText(value))
			.first()
			.waitFor();
		input.press("ArrowDown");
		input.press("Enter");
		waitForVaadin();
	}

}
