package dev.tandem.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.tandem.connector.ConnectorApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * admin-ui runs the connector in the same process (CONTRACT): the connector's
 * configuration is part of this context, so its beans arrive here as soon as they are
 * written.
 */
class ApplicationCompositionTest extends BrowserlessUiTest {

	@Autowired
	private ApplicationContext context;

	@Test
	void connectorConfigurationIsPartOfTheAdminUi() {
		assertThat(context.getBeanNamesForType(ConnectorApplication.class)).hasSize(1);
	}

}
