package dev.tandem.understanding;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The understanding module's own rule on top of the shared ones in
 * {@link ArchitectureTest}: the facade composes the features, never the reverse.
 */
class UnderstandingArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.tandem.understanding");

	@Test
	void featuresDoNotDependOnTheFacade() {
		noClasses().that()
			.resideInAnyPackage("dev.tandem.understanding.*..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.tandem.understanding")
			.because("the facade (TicketAnalyzer) composes the features, not the other way round")
			.check(this.classes);
	}

}
