package dev.tandem.admin;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the running test's application context own the JVM-wide
 * {@link SecurityContextHolder} strategy before each test method.
 * <p>
 * Why: Vaadin's Spring integration gives every application context its own
 * {@code VaadinAwareSecurityContextHolderStrategy} (a bean with its own thread-local) and
 * installs it JVM-wide when the context starts. Spring Security's
 * {@code @WithUserDetails} puts the test user into the test context's bean, while
 * Vaadin's navigation access control reads the JVM-wide strategy. Once a second context
 * (another set of test properties or mocks) has started, every later test on an earlier,
 * cached context signed in into one thread-local and was checked against the other: the
 * user looked anonymous and was sent to the login view. Which contexts start in which
 * order follows Surefire's file-system order of test classes, so it failed in one
 * checkout and passed in a fresh clone.
 */
public class SecurityStrategyOfTheTestContext extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		// before WithSecurityContextTestExecutionListener (10000) and any @BeforeEach
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext()
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifUnique(SecurityContextHolder::setContextHolderStrategy);
	}

}
