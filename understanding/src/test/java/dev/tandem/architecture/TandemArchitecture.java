package dev.tandem.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every module checks for its own root package (see
 * docs/contributing.md). Each message says how to fix a violation.
 */
public final class TandemArchitecture {

	private static final String[] LAYERS = { "admin", "connector", "kb", "jira", "understanding" };

	private TandemArchitecture() {
	}

	public static JavaClasses productionClasses(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

	/**
	 * admin-ui -> connector -> kb-indexer -> jira -> understanding: a module never uses
	 * one above it, and uses only the public packages of those below it (never their
	 * {@code internal} ones).
	 */
	public static ArchRule dependenciesPointDown(String module) {
		int index = java.util.Arrays.asList(LAYERS).indexOf(module);
		java.util.List<String> forbidden = new java.util.ArrayList<>();
		for (int i = 0; i < LAYERS.length; i++) {
			if (i < index) {
				forbidden.add("dev.tandem." + LAYERS[i] + "..");
			}
			else if (i > index) {
				forbidden.add("dev.tandem." + LAYERS[i] + "..internal..");
			}
		}
		return noClasses().that()
			.resideInAPackage("dev.tandem." + module + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(forbidden.toArray(String[]::new))
			.because(
					"dependencies point one way (admin-ui -> connector -> kb-indexer -> jira -> understanding) and only "
							+ "to public packages: move the shared piece down, publish an event, or use the lower module's API")
			.allowEmptyShould(true);
	}

	/** Features of a module do not depend on each other in a cycle. */
	public static ArchRule featuresAreFreeOfCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(*)..")
			.should()
			.beFreeOfCycles()
			.because("features must be layered: extract the shared type into the lower feature, or use an event")
			.allowEmptyShould(true);
	}

	/** A feature's {@code internal} package is used only by that feature. */
	public static ArchRule internalsStayInside(String rootPackage) {
		return classes().should(new InternalAccessCondition(rootPackage))
			.because("a feature's internal package is private to it: call the feature's public API instead")
			.allowEmptyShould(true);
	}

	/** No grab-bag packages. */
	public static ArchRule noGrabBagPackages(String rootPackage) {
		return noClasses().should()
			.resideInAnyPackage(rootPackage + "..util..", rootPackage + "..utils..", rootPackage + "..helper..",
					rootPackage + "..helpers..", rootPackage + "..common..", rootPackage + "..dto..")
			.because("code lives in the feature it serves (docs/contributing.md)")
			.allowEmptyShould(true);
	}

}
