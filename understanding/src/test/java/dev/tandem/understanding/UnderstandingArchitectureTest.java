package dev.tandem.understanding;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class UnderstandingArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.tandem.understanding");

	@Test
	void featuresHaveNoCycles() {
		slices().matching("dev.tandem.understanding.(*)..")
			.should()
			.beFreeOfCycles()
			.because("features depend one way: privacy, sentiment and priority may use language, input and explanation")
			.check(this.classes);
	}

	@Test
	void internalsStayInsideTheirFeature() {
		for (String feature : new String[] { "language", "sentiment", "priority", "privacy" }) {
			noClasses().that()
				.resideOutsideOfPackage("dev.tandem.understanding." + feature + "..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("dev.tandem.understanding." + feature + ".internal..")
				.because("a feature's internal package is not its API: use the classes in dev.tandem.understanding."
						+ feature)
				.check(this.classes);
		}
	}

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
