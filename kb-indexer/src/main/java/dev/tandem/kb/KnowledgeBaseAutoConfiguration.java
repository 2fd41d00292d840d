package dev.tandem.kb;

import dev.tandem.kb.articlestore.ArticleStoreConfiguration;
import dev.tandem.kb.elasticsearch.ElasticsearchConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Everything the knowledge base offers to a Tandem process (kb-indexer, connector, admin
 * UI), one feature configuration each.
 */
@AutoConfiguration
@Import({ ElasticsearchConfiguration.class, ArticleStoreConfiguration.class })
public class KnowledgeBaseAutoConfiguration {

}
