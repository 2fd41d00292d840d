package dev.tandem.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules catch what they promise to, on a deliberately broken fixture. */
class TandemArchitectureTest {

	private static final String FIXTURE = "dev.tandem.architecture.fixture";

	private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

	@Test
	void reportsAFeatureReachingIntoAnotherFeaturesInternals() {
		var result = TandemArchitecture.internalsStayInside(FIXTURE).evaluate(this.fixture);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anyMatch((line) -> line.contains("Invoices"))
			.noneMatch((line) -> line.contains("Orders.table"));
	}

	@Test
	void reportsACycleBetweenFeatures() {
		assertThat(TandemArchitecture.featuresAreFreeOfCycles(FIXTURE).evaluate(this.fixture).hasViolation()).isTrue();
	}

}
