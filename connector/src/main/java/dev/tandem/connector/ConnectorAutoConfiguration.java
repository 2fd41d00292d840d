package dev.tandem.connector;

import java.time.Clock;

import java.util.Optional;

import dev.tandem.connector.triage.AnswerCandidates;
import dev.tandem.connector.triage.BatchedAnswers;
import dev.tandem.connector.triage.ArticleAnswers;
import dev.tandem.connector.triage.KnowledgeBaseAnswers;
import dev.tandem.connector.triage.TicketUnderstanding;
import dev.tandem.connector.triage.UnderstandingAdapter;
import dev.tandem.kb.KnowledgeBaseAutoConfiguration;
import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.understanding.UnderstandingAutoConfiguration;
import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.priority.PriorityClassifier;
import dev.tandem.understanding.privacy.PersonalDataMasker;
import dev.tandem.understanding.sentiment.SentimentAnalyzer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * The connector in any Spring Boot process (the connector service, the admin UI): every
 * feature's configuration and controllers under {@code dev.tandem.connector}.
 * {@code tandem.connector.enabled=false} leaves all of it out (admin UI only).
 */
@AutoConfiguration(after = { KnowledgeBaseAutoConfiguration.class, UnderstandingAutoConfiguration.class })
@ConditionalOnProperty(name = "tandem.connector.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan(basePackages = "dev.tandem.connector",
		excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class) })
public class ConnectorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * The understanding module (its auto-configured, configurable parts), unless the
	 * process provides its own.
	 */
	@Bean
	@ConditionalOnMissingBean
	TicketUnderstanding ticketUnderstanding(ObjectProvider<LanguageDetector> languages,
			ObjectProvider<SentimentAnalyzer> sentiment, ObjectProvider<PriorityClassifier> priorities,
			ObjectProvider<PersonalDataMasker> masker) {
		return new UnderstandingAdapter(languages.getIfAvailable(LanguageDetector::new),
				sentiment.getIfAvailable(SentimentAnalyzer::new), priorities.getIfAvailable(PriorityClassifier::new),
				masker.getIfAvailable(PersonalDataMasker::new));
	}

	@Bean
	@ConditionalOnMissingBean(AnswerCandidates.class)
	@ConditionalOnBean({ AnswerRetriever.class, ArticleRepository.class })
	ArticleAnswers articleAnswers(ArticleRepository articles, Clock clock) {
		return new ArticleAnswers(articles, clock);
	}

	/**
	 * The knowledge base's retrieval, when the process has it and no other
	 * {@link AnswerCandidates} was provided.
	 */
	@Bean
	@ConditionalOnMissingBean(AnswerCandidates.class)
	@ConditionalOnBean({ AnswerRetriever.class, ArticleRepository.class })
	AnswerCandidates knowledgeBaseAnswers(AnswerRetriever retriever, ArticleAnswers articles, Environment environment) {
		// tickets triaged at the same moment share one embedding call
		return new BatchedAnswers(new KnowledgeBaseAnswers(retriever, articles,
				Optional.ofNullable(environment.getProperty("tandem.answering.article-url"))), 16);
	}

}
