package dev.tandem.kb.harvest;

import java.util.Optional;

import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.answering.RetrievalOptions;
import dev.tandem.kb.answering.RetrievalResult;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.understanding.privacy.PersonalDataMasker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Drafts from resolutions and their review. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HarvestSettings.class)
public class HarvestConfiguration {

	@Bean
	ResolutionHarvester resolutionHarvester(ArticleRepository articles, AnswerRetriever retriever,
			ObjectProvider<PersonalDataMasker> masker, HarvestSettings settings) {
		PersonalDataMasker personalData = masker.getIfAvailable(PersonalDataMasker::new);
		return new ResolutionHarvester(articles, publishedNearDuplicates(retriever),
				(text) -> personalData.mask(text).text(), settings);
	}

	@Bean
	ReviewQueue reviewQueue(ArticleRepository articles) {
		return new ReviewQueue(articles);
	}

	/** The best published article for a question, with the calibrated confidence. */
	public static NearDuplicates publishedNearDuplicates(AnswerRetriever retriever) {
		return (question) -> {
			RetrievalResult result = retriever.retrieve(question, RetrievalOptions.defaults().withMaxArticles(1));
			return result.best()
				.map((best) -> new NearDuplicates.Match(best.id(), result.confidence()))
				.or(Optional::empty);
		};
	}

}
