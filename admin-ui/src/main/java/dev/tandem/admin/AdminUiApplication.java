package dev.tandem.admin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.tandem.admin.security.PasswordHashCommand;

/**
 * The admin UI. It also runs the connector in the same process: the connector's package
 * is scanned with ours, so its beans (and its own switch,
 * {@code tandem.connector.enabled}) take effect here as they do in {@code connector.jar}.
 */
@SpringBootApplication(scanBasePackages = { "dev.tandem.admin", "dev.tandem.connector" })
@ConfigurationPropertiesScan("dev.tandem.admin")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/tandem.css")
public class AdminUiApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		if (PasswordHashCommand.isRequested(args)) {
			System.exit(PasswordHashCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(AdminUiApplication.class, args);
	}

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Tandem");
		settings.addFavIcon("icon", "icons/tandem.svg", "any");
	}

}
