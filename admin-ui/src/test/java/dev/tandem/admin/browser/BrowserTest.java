package dev.tandem.admin.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.tandem.admin.TestAccount;
import dev.tandem.kb.testsupport.SharedElasticsearch;

/**
 * Base of browser journeys ({@code *IT}): the application on a random port (one Spring
 * context for every subclass), a fresh browser context per test (own cookies, so own
 * session), helpers to sign in and navigate, and screenshots in
 * {@code target/screenshots/} (always on failure).
 * <p>
 * The application runs in Vaadin's production mode from the bundle the build just made,
 * as the jar does, against the build's shared test Elasticsearch
 * ({@code SharedElasticsearch}) with an index prefix of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		// in the base class, so that every browser test shares one Spring context
		SharedElasticsearch.register(registry, "admin-ui");
	}

	@LocalServerPort
	private int port;

	protected BrowserContext browserContext;

	protected Page page;

	private String testName;

	@BeforeEach
	void openPage(TestInfo info) {
		testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
		browserContext = SharedBrowser.get().newContext(contextOptions());
		browserContext.setDefaultTimeout(20_000);
		page = browserContext.newPage();
	}

	@AfterEach
	void closePage() {
		if (browserContext != null) {
			browserContext.close();
		}
	}

	/**
	 * Browser settings of each test: English, a laptop-sized window. Override for other
	 * languages or sizes.
	 */
	protected Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800);
	}

	protected String url(String path) {
		return "http://localhost:" + port + "/" + path.replaceFirst("^/", "");
	}

	/** Opens a path (e.g. {@code "alerts"}) and waits until Vaadin has rendered it. */
	protected void open(String path) {
		page.navigate(url(path));
		waitForVaadin();
	}

	/** Signs in through the login page and waits for the start page. */
	protected void signIn(TestAccount account) {
		open("login");
		Locator form = page.locator("vaadin-login-form");
		form.locator("input[name='username']").fill(account.username());
		form.locator("input[name='password']").fill(account.password());
		form.locator("vaadin-button[slot='submit'], vaadin-button").first().click();
		page.waitForURL(url -> !url.contains("/login"));
		waitForVaadin();
	}

	/** Waits until Vaadin has no request in flight (after a navigation or a click). */
	protected void waitForVaadin() {
		page.waitForFunction(
				"""
						() => !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients
						  && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())""");
	}

	/**
	 * The element of a view, by the id {@code TandemView} gives it ({@code view-<name>}).
	 */
	protected Locator view(String name) {
		return page.locator("#view-" + name);
	}

	/**
	 * Saves a full-page screenshot as
	 * {@code target/screenshots/<TestClass>-<test>-<name>.png}.
	 */
	protected Path screenshot(String name) {
		Path file = SCREENSHOTS.resolve(testName + "-" + name + ".png");
		// Vaadin's loading bar fades out after each round trip; keep it from streaking
		// across the picture.
		page.screenshot(new Page.ScreenshotOptions().setPath(file)
			.setFullPage(true)
			.setStyle(".v-loading-indicator { display: none !important; }"));
		return file;
	}

	/**
	 * Runs before {@code @AfterEach} closes the page, so the screenshot shows what the
	 * test saw.
	 */
	static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) {
			if (context.getExecutionException().isEmpty()) {
				return;
			}
			context.getTestInstance()
				.filter(BrowserTest.class::isInstance)
				.map(BrowserTest.class::cast)
				.flatMap(BrowserTest::openPageIfAny)
				.ifPresent(test -> {
					try {
						Files.createDirectories(SCREENSHOTS);
						test.screenshot("FAILED");
					}
					catch (IOException | RuntimeException ex) {
						// A failing screenshot must not hide the test's own failure.
					}
				});
		}

	}

	private Optional<BrowserTest> openPageIfAny() {
		return (page != null && !page.isClosed()) ? Optional.of(this) : Optional.empty();
	}

}
