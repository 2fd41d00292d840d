package dev.tandem.kb;

import dev.tandem.kb.articlestore.ArticleStoreConfiguration;
import dev.tandem.kb.answering.AnsweringConfiguration;
import dev.tandem.kb.calibration.CalibrationConfiguration;
import dev.tandem.kb.elasticsearch.ElasticsearchConfiguration;
import dev.tandem.kb.harvest.HarvestConfiguration;
import dev.tandem.kb.listing.ArticleListingConfiguration;
import dev.tandem.kb.retrieval.RetrievalConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Everything the knowledge base offers to a Tandem process (kb-indexer, connector, admin
 * UI), one feature configuration each.
 */
@AutoConfiguration
@Import({ ElasticsearchConfiguration.class, ArticleStoreConfiguration.class, RetrievalConfiguration.class,
		CalibrationConfiguration.class, AnsweringConfiguration.class, HarvestConfiguration.class,
		ArticleListingConfiguration.class })
public class KnowledgeBaseAutoConfiguration {

}
