package dev.tandem.admin.chart;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import dev.tandem.admin.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class EChartIT extends BrowserTest {

	@Test
	void drawsTheChartOnACanvas() {
		open("test/chart");
		Locator canvas = page.locator("#chart canvas");
		assertThat(canvas).hasCount(1);
		assertThat(canvas).isVisible();
		assertThat(page.locator("#chart")).hasAttribute("aria-label", "Tickets answered");
		screenshot("bar");
	}

	@Test
	void clickOnABarReachesJava() {
		open("test/chart");
		page.locator("#chart canvas").waitFor();

		page.locator("#chart").click();
		waitForVaadin();

		assertThat(page.locator("#last-click")).hasText("Tickets / Answered = 42");
	}

	@Test
	void followsTheWidthOfItsContainer() {
		open("test/chart");
		Locator canvas = page.locator("#chart canvas");
		canvas.waitFor();
		double before = canvas.boundingBox().width;

		page.locator("#chart-container").evaluate("container => container.style.width = '300px'");
		page.waitForFunction("() => document.querySelector('#chart canvas').getBoundingClientRect().width < 310");

		assertThat(before).isGreaterThan(590);
		assertThat(canvas.boundingBox().width).isBetween(290.0, 310.0);
	}

}
