package dev.tandem.kb.calibration;

import java.time.Clock;

import dev.tandem.kb.calibration.internal.CalibrationStore;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.retrieval.HybridSearch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Confidence calibration and the auto-answer threshold. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnsweringSettings.class)
public class CalibrationConfiguration {

	@Bean
	Calibrator calibrator(HybridSearch search, Clock clock) {
		return new Calibrator(search, clock);
	}

	@Bean
	CalibrationService calibrationService(Calibrator calibrator, ElasticsearchConnection connection, IndexNames names,
			HybridSearch search, AnsweringSettings settings) {
		return new CalibrationService(calibrator, new CalibrationStore(connection, names), search, settings);
	}

}
