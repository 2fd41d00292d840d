package dev.tandem.connector.jira;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Jira's formats stay behind the port: the rest of Tandem uses
 * {@code dev.tandem.connector.jira} only.
 */
class JiraArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.tandem");

	@Test
	void onlyTheJiraFeatureUsesItsInternals() {
		noClasses().that()
			.resideOutsideOfPackage("dev.tandem.connector.jira..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.tandem.connector.jira.internal..")
			.because("Jira details (ADF, wiki markup, REST paths) live behind JiraClient; use the classes in "
					+ "dev.tandem.connector.jira, e.g. JiraClient, JiraPayloads, JiraDocument")
			.allowEmptyShould(true)
			.check(this.classes);
	}

	@Test
	void theJiraFeatureDependsOnNoOtherConnectorFeature() {
		noClasses().that()
			.resideInAPackage("dev.tandem.connector.jira..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.tandem.connector.intake..", "dev.tandem.connector.triage..",
					"dev.tandem.connector.actions..", "dev.tandem.connector.api..")
			.because("the Jira client is a port other features use, not the other way round")
			.check(this.classes);
	}

}
