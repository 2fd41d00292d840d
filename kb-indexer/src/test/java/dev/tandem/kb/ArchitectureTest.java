package dev.tandem.kb;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.tandem.architecture.TandemArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's boundaries (docs/contributing.md): checked on every build. */
class ArchitectureTest {

	private static final String ROOT = "dev.tandem.kb";

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = TandemArchitecture.productionClasses(ROOT);
	}

	@Test
	void dependenciesPointDownTheModuleChain() {
		TandemArchitecture.dependenciesPointDown("kb").check(classes);
	}

	@Test
	void featuresAreFreeOfCycles() {
		TandemArchitecture.featuresAreFreeOfCycles(ROOT).check(classes);
	}

	@Test
	void featureInternalsAreUsedOnlyInsideTheirFeature() {
		TandemArchitecture.internalsStayInside(ROOT).check(classes);
	}

	@Test
	void noGrabBagPackages() {
		TandemArchitecture.noGrabBagPackages(ROOT).check(classes);
	}

}
