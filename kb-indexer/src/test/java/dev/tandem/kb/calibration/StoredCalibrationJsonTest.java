package dev.tandem.kb.calibration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored calibration (Jackson 2, configured as the Elasticsearch client's mapper)
 * keeps which constraint bound its threshold, and reads calibrations stored before it was
 * recorded.
 */
class StoredCalibrationJsonTest {

	private final ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
		.registerModule(new JavaTimeModule())
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private static Calibration calibration(Optional<ThresholdConstraint> boundBy) {
		List<CurvePoint> curve = List.of(new CurvePoint(0.95, 1.0, 0.2, 0.0), new CurvePoint(0.8, 0.96, 0.62, 0.02));
		return new Calibration(0.95, 0.95, true, Optional.of("capped"),
				new LogisticModel(0, List.of(), List.of(), List.of()), curve, Optional.of(curve.get(0)), 120, 120, 40,
				"test", Instant.parse("2026-11-21T10:00:00Z"), boundBy);
	}

	@Test
	void theBindingConstraintSurvivesStorage() throws Exception {
		Calibration stored = calibration(Optional.of(ThresholdConstraint.OUT_OF_SCOPE_RATE));
		Calibration loaded = this.mapper.readValue(this.mapper.writeValueAsString(stored), Calibration.class);
		assertThat(loaded.boundBy()).contains(ThresholdConstraint.OUT_OF_SCOPE_RATE);
		assertThat(loaded.threshold()).isEqualTo(0.95);
		assertThat(loaded.expected()).isEqualTo(stored.expected());
	}

	@Test
	void aCalibrationStoredBeforeItWasRecordedLoadsWithoutIt() throws Exception {
		String json = this.mapper.writeValueAsString(calibration(Optional.of(ThresholdConstraint.PRECISION)))
			.replace(",\"boundBy\":\"PRECISION\"", "");
		assertThat(json).doesNotContain("boundBy");
		Calibration loaded = this.mapper.readValue(json, Calibration.class);
		assertThat(loaded.boundBy()).isEmpty();
		assertThat(loaded.warning()).contains("capped");
	}

}
