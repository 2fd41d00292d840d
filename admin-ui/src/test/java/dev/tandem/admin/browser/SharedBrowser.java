package dev.tandem.admin.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for all browser tests of a test run (starting it costs about a
 * second), closed when the JVM ends. Uses the system's Chromium
 * ({@code apt-get install chromium fonts-noto-cjk}); Playwright downloads no browser.
 */
final class SharedBrowser {

	/** Override with -Dtandem.it.chromium=/path/to/chromium. */
	static final Path CHROMIUM = Path.of(System.getProperty("tandem.it.chromium", "/usr/bin/chromium"));

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run",
			// Nothing but the application under test may be reached (no fonts, no
			// telemetry from the internet).
			"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1");

	private static Playwright playwright;

	private static Browser browser;

	private SharedBrowser() {
	}

	static synchronized Browser get() {
		if (browser == null) {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
			Runtime.getRuntime().addShutdownHook(new Thread(SharedBrowser::close, "close-shared-browser"));
		}
		return browser;
	}

	private static synchronized void close() {
		if (browser != null) {
			browser.close();
			playwright.close();
			browser = null;
		}
	}

}
