package dev.tandem.kb.retrieval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.elasticsearch.IndexLifecycle;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.elasticsearch.IndexSettings;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.evaluation.internal.EvaluationFiles;
import dev.tandem.kb.testsupport.SharedElasticsearch;

/** A small bilingual help-desk knowledge base on the shared Elasticsearch, for ITs. */
public final class RetrievalFixtures {

	private static BgeTextEmbedder embedder;

	private static TextAnalyzer analyzer;

	private RetrievalFixtures() {
	}

	public static synchronized BgeTextEmbedder embedder() {
		if (embedder == null) {
			embedder = new BgeTextEmbedder();
		}
		return embedder;
	}

	public static synchronized TextAnalyzer analyzer() {
		if (analyzer == null) {
			analyzer = new TextAnalyzer();
		}
		return analyzer;
	}

	public static RetrievalStack stack(IndexNames names) {
		Clock clock = Clock.systemUTC();
		return RetrievalStack.create(SharedElasticsearch.connection(), names,
				new IndexLifecycle(SharedElasticsearch.connection(), names, IndexSettings.defaults(), clock),
				analyzer(), embedder(), RetrievalSettings.defaults(), (event) -> {
				}, clock);
	}

	public static List<ArticleContent> articles() {
		return read("fixture-kb.jsonl");
	}

	static List<ArticleContent> read(String name) {
		try {
			return new EvaluationFiles()
				.articles(Path.of(RetrievalFixtures.class.getResource("/retrieval/" + name).toURI()));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read the fixture " + name, ex);
		}
	}

}
