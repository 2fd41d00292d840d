package dev.tandem.understanding;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.priority.PriorityClassifier;
import dev.tandem.understanding.priority.PriorityModelTrainer;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import dev.tandem.understanding.sentiment.SentimentAnalyzer;
import dev.tandem.understanding.sentiment.SentimentPrototypes;

/**
 * Registers the understanding beans; each backs off when the application defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(UnderstandingProperties.class)
public class UnderstandingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LanguageDetector languageDetector() {
		return new LanguageDetector();
	}

	@Bean
	@ConditionalOnMissingBean
	PersonalDataMasker personalDataMasker(UnderstandingProperties properties) {
		return new PersonalDataMasker(properties.masking().types(), properties.masking().maxChars());
	}

	@Bean
	@ConditionalOnMissingBean
	SentimentAnalyzer sentimentAnalyzer(LanguageDetector languageDetector, UnderstandingProperties properties,
			ObjectProvider<SentimentPrototypes> prototypes) {
		Optional<SentimentPrototypes> vote = properties.sentiment().prototypes()
				? Optional.ofNullable(prototypes.getIfAvailable()) : Optional.empty();
		return new SentimentAnalyzer(languageDetector, properties.sentiment().settings(properties.maxAnalysedChars()),
				vote);
	}

	@Bean
	@ConditionalOnMissingBean
	PriorityClassifier priorityClassifier(LanguageDetector languageDetector, UnderstandingProperties properties) {
		return new PriorityClassifier(languageDetector, properties.priority().toRules());
	}

	@Bean
	@ConditionalOnMissingBean
	PriorityModelTrainer priorityModelTrainer(LanguageDetector languageDetector) {
		return new PriorityModelTrainer(languageDetector, PriorityModelTrainer.Options.DEFAULTS);
	}

	@Bean
	@ConditionalOnMissingBean
	TicketAnalyzer ticketAnalyzer(LanguageDetector languageDetector, SentimentAnalyzer sentimentAnalyzer,
			PriorityClassifier priorityClassifier, PersonalDataMasker personalDataMasker,
			UnderstandingProperties properties) {
		return new TicketAnalyzer(languageDetector, sentimentAnalyzer, priorityClassifier, personalDataMasker,
				properties.maxAnalysedChars());
	}

}
