package dev.tandem.connector.jira;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The Jira client is a port the other connector features use, never the other way round
 * (that its internals stay private is checked module-wide by
 * {@code dev.tandem.connector.ArchitectureTest}).
 */
class JiraArchitectureTest {

	// only the feature itself: importing the whole module takes long and is not needed to
	// see outgoing dependencies
	private final JavaClasses jira = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.tandem.connector.jira");

	@Test
	void theJiraFeatureDependsOnNoOtherConnectorFeature() {
		noClasses().that()
			.resideInAPackage("dev.tandem.connector.jira..")
			.should()
			.dependOnClassesThat(resideInAPackage("dev.tandem.connector..")
				.and(not(resideInAPackage("dev.tandem.connector.jira.."))))
			.because("the Jira client is a port: other features call it, it calls none of them")
			.check(this.jira);
	}

}
