package dev.tandem.admin;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of browserless view tests: the whole application context (shared by every
 * subclass), the {@code test} profile's accounts, a simulated browser session. Sign in
 * with {@code @WithUserDetails("admin")} (see {@link TestAccount}) or
 * {@code @WithMockUser}.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

}
