package dev.tandem.kb.retrieval;

import java.time.Clock;

import dev.tandem.kb.analysis.SynonymStore;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.embedding.TextEmbedder;
import dev.tandem.kb.retrieval.internal.UnitsIndex;
import dev.tandem.kb.retrieval.internal.VocabularyCache;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Indexing, search and synonyms of one knowledge base (one index prefix), wired together.
 * The Spring configuration builds the process's own; evaluation builds throwaway ones
 * under a temporary prefix.
 *
 * @param names the knowledge base's index names
 * @param indexer keeps its units in step with its articles
 * @param search searches it
 * @param synonyms its synonym list
 */
public record RetrievalStack(IndexNames names, KnowledgeUnitIndexer indexer, HybridSearch search,
		SynonymStore synonyms) {

	public static RetrievalStack create(ElasticsearchConnection connection, IndexNames names, IndexLifecycle lifecycle,
			TextAnalyzer analyzer, TextEmbedder embedder, RetrievalSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		UnitsIndex index = new UnitsIndex(connection, names, lifecycle);
		SynonymStore synonyms = new SynonymStore(connection, names, analyzer, clock);
		HybridSearch search = new HybridSearch(index, analyzer, embedder, synonyms, new VocabularyCache(index, clock),
				settings);
		KnowledgeUnitIndexer indexer = new KnowledgeUnitIndexer(index, analyzer, embedder, settings, (event) -> {
			if (event instanceof KnowledgeUnitsChanged) {
				search.unitsChanged();
			}
			events.publishEvent(event);
		}, clock);
		return new RetrievalStack(names, indexer, search, synonyms);
	}

	/** The name of the units index (alias), e.g. for baselines that query it directly. */
	public String unitsIndex() {
		return this.names.alias(UnitsIndex.STORE);
	}

}
