package dev.tandem.admin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.tandem.admin");

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("dev.tandem.admin.(*)..")
			.should()
			.beFreeOfCycles()
			.because("a feature that needs another's internals should ask for a small public API instead")
			.check(CLASSES);
	}

	@Test
	void internalPackagesAreUsedOnlyByTheirOwnFeature() {
		for (String feature : new String[] { "security", "layout", "i18n", "chart", "branding" }) {
			noClasses().that()
				.resideOutsideOfPackage("dev.tandem.admin." + feature + "..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("dev.tandem.admin." + feature + ".internal..")
				.because("internal packages are a feature's implementation details; use its root package")
				.allowEmptyShould(true)
				.check(CLASSES);
		}
	}

	@Test
	void adminUiDoesNotReachIntoTheConnectorsInternals() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("dev.tandem.connector..internal..")
			.because("the connector's features expose their public face in their root packages")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

}
