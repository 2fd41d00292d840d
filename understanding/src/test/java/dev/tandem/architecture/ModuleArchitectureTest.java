package dev.tandem.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A module's boundaries (docs/contributing.md), checked on every build: each module
 * extends this with its root package and its name in the module chain. One instance per
 * class: importing a module's classes takes seconds, so it is done once, not per rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureTest {

	private final String rootPackage;

	private final String module;

	private final JavaClasses classes;

	protected ModuleArchitectureTest(String module) {
		this.module = module;
		this.rootPackage = "dev.tandem." + module;
		this.classes = TandemArchitecture.productionClasses(this.rootPackage);
	}

	@Test
	void dependenciesPointDownTheModuleChain() {
		TandemArchitecture.dependenciesPointDown(this.module).check(this.classes);
	}

	@Test
	void featuresAreFreeOfCycles() {
		TandemArchitecture.featuresAreFreeOfCycles(this.rootPackage).check(this.classes);
	}

	@Test
	void featureInternalsAreUsedOnlyInsideTheirFeature() {
		TandemArchitecture.internalsStayInside(this.rootPackage).check(this.classes);
	}

	@Test
	void noGrabBagPackages() {
		TandemArchitecture.noGrabBagPackages(this.rootPackage).check(this.classes);
	}

}
