package dev.tandem.kb.retrieval;

import java.time.Clock;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.SynonymStore;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.elasticsearch.ManagedIndex;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.embedding.EmbeddingSettings;
import dev.tandem.kb.embedding.RecentEmbeddings;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.retrieval.internal.UnitsIndex;
import dev.tandem.understanding.sentiment.SentimentPrototypes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Analysis, embeddings, the units index, indexing and hybrid search. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RetrievalSettings.class, EmbeddingSettings.class })
public class RetrievalConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean(destroyMethod = "close")
	TextAnalyzer textAnalyzer() {
		return new TextAnalyzer();
	}

	@Bean
	@ConditionalOnMissingBean(TextEmbedder.class)
	TextEmbedder textEmbedder(EmbeddingSettings settings) {
		// a ticket's vector is wanted twice (retrieval, the sentiment prototype vote)
		return new RecentEmbeddings(new BgeTextEmbedder(settings.batchThreads()), 1024);
	}

	/**
	 * The Chinese model also gives ticket sentiment its prototype vote (understanding
	 * picks this bean up; off with
	 * {@code tandem.understanding.sentiment.prototypes=false}). Nothing is embedded until
	 * the first Chinese ticket.
	 */
	@Bean
	@ConditionalOnMissingBean
	SentimentPrototypes chineseSentimentPrototypes(TextEmbedder embedder) {
		return SentimentPrototypes.chinese((texts) -> embedder.embedAll(texts, Language.CHINESE));
	}

	@Bean
	RetrievalStack retrievalStack(ElasticsearchConnection connection, IndexNames names, IndexLifecycle lifecycle,
			TextAnalyzer analyzer, TextEmbedder embedder, RetrievalSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		return RetrievalStack.create(connection, names, lifecycle, analyzer, embedder, settings, events, clock);
	}

	/**
	 * {@code kb-indexer reindex --store kb-units} rebuilds the units index (mapping
	 * change).
	 */
	@Bean
	ManagedIndex knowledgeUnitsIndex() {
		return new ManagedIndex(UnitsIndex.STORE, UnitsIndex.STORE, UnitsIndex.MAPPING);
	}

	@Bean(destroyMethod = "")
	ArticleIndexingQueue articleIndexingQueue(KnowledgeUnitIndexer indexer) {
		return new ArticleIndexingQueue(indexer);
	}

	@Bean
	KnowledgeUnitIndexer knowledgeUnitIndexer(RetrievalStack stack) {
		return stack.indexer();
	}

	@Bean
	HybridSearch hybridSearch(RetrievalStack stack) {
		return stack.search();
	}

	@Bean
	SynonymStore synonymStore(RetrievalStack stack) {
		return stack.synonyms();
	}

}
