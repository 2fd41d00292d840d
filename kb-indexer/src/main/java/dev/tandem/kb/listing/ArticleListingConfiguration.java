package dev.tandem.kb.listing;

import dev.tandem.kb.article.ArticleRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The article listing. */
@Configuration(proxyBeanMethods = false)
public class ArticleListingConfiguration {

	@Bean
	ArticleListing articleListing(ArticleRepository articles) {
		return new ArticleListing(articles);
	}

}
