package dev.tandem.kb.answering;

import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.retrieval.HybridSearch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The answer retriever the connector and admin UI call. */
@Configuration(proxyBeanMethods = false)
public class AnsweringConfiguration {

	@Bean
	AnswerRetriever answerRetriever(HybridSearch search, CalibrationService calibration) {
		return new AnswerRetriever(search, calibration);
	}

}
