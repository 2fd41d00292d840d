package dev.tandem.connector.gaps;

import java.time.Clock;

import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.gaps.internal.GapLabels;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.kb.analysis.TextAnalyzer;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.embedding.BgeTextEmbedder;
import dev.tandem.kb.embedding.TextEmbedder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GapProperties.class)
class GapsConfiguration {

	@Bean
	KnowledgeGaps knowledgeGaps(CaseStore cases, ObjectProvider<TextEmbedder> embedder,
			ObjectProvider<TextAnalyzer> analyzer, DocumentIndexes indexes, GapProperties properties, Clock clock) {
		// the knowledge base's embedder when the process has one (models load once per
		// process, lazily)
		GapFinder finder = new GapFinder(embedder.getIfAvailable(BgeTextEmbedder::new),
				new GapLabels(analyzer.getIfAvailable(TextAnalyzer::new)), properties);
		return new KnowledgeGaps(cases, finder, indexes, properties, clock);
	}

	@Bean
	GapDrafts gapDrafts(KnowledgeGaps gaps, ObjectProvider<ArticleRepository> articles, AuditLog audit, Clock clock) {
		return new GapDrafts(gaps, articles::getObject, audit, clock);
	}

}
