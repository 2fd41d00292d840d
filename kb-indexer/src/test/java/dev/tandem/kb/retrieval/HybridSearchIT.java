package dev.tandem.kb.retrieval;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.analysis.SynonymExpansion;
import dev.tandem.kb.analysis.SynonymGroup;
import dev.tandem.kb.analysis.TypoCorrection;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.elasticsearch.IndexNames;
import dev.tandem.kb.testsupport.SharedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HybridSearchIT {

	private static IndexNames names;

	private static RetrievalStack stack;

	@BeforeAll
	static void indexFixture() {
		names = SharedElasticsearch.indexNames("hybrid-search");
		stack = RetrievalFixtures.stack(names);
		IndexingReport report = stack.indexer().index(RetrievalFixtures.articles(), IndexingProgress.none());
		assertThat(report.units()).isGreaterThan(60);
	}

	@AfterAll
	static void cleanUp() {
		SharedElasticsearch.deleteIndices(names);
	}

	@Test
	void findsAnEnglishArticleByAParaphrase() {
		SearchResult result = stack.search().search("my money has not come back yet", RetrievalFilter.published());
		assertThat(result.best()).map(CandidateArticle::id).contains("refund-time");
		assertThat(result.question().language()).isEqualTo(Language.ENGLISH);
	}

	@Test
	void findsAChineseArticleByAChineseQuestion() {
		SearchResult result = stack.search().search("密码不记得了，怎么登录", RetrievalFilter.published());
		assertThat(result.best()).map(CandidateArticle::id).contains("zh-password");
		assertThat(result.question().language()).isEqualTo(Language.CHINESE);
		assertThat(result.best().orElseThrow().explanation().matchedTerms()).contains("密码");
	}

	@Test
	void findsAnArticleByItsBodyPassage() {
		SearchResult result = stack.search().search("Billing Documents PDF twelve months", RetrievalFilter.published());
		assertThat(result.best()).map(CandidateArticle::id).contains("invoice-copy");
	}

	@Test
	void draftsAreFoundOnlyWhenAskedFor() {
		String question = "guest wifi password for visitors";
		assertThat(stack.search().search(question, RetrievalFilter.published()).candidates())
			.extracting(CandidateArticle::id)
			.doesNotContain("draft-wifi");
		SearchResult withDrafts = stack.search().search(question, RetrievalFilter.publishedAndDrafts());
		assertThat(withDrafts.best()).map(CandidateArticle::id).contains("draft-wifi");
		assertThat(withDrafts.best().orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void categoryAndLanguageFiltersNarrowTheSearch() {
		RetrievalFilter billing = RetrievalFilter.published().withCategory("billing");
		assertThat(stack.search().search("password reset", billing).candidates()).extracting(CandidateArticle::category)
			.containsOnly(Optional.of("billing"));
		RetrievalFilter english = RetrievalFilter.published().withLanguage(Language.ENGLISH);
		assertThat(stack.search().search("退款 refund", english).candidates()).extracting(CandidateArticle::id)
			.doesNotContain("zh-refund");
	}

	@Test
	void typosInEnglishWordsAreCorrectedAgainstTheVocabulary() {
		SearchResult result = stack.search().search("pritner ofline", RetrievalFilter.published());
		assertThat(result.question().corrections()).extracting(TypoCorrection::corrected).contains("printer", "offlin");
		assertThat(result.best()).map(CandidateArticle::id).contains("printer-offline");
		assertThat(result.best().orElseThrow().explanation().typos()).isNotEmpty();
	}

	@Test
	void synonymsExpandQuestionsAtQueryTime() {
		withOwnKnowledgeBase("synonyms", (synonymStack) -> {
			synonymStack.indexer()
				.index(List.of(
						ArticleContent.builder("leave", "Holiday allowance", "Holiday allowance is 25 days.").build(),
						ArticleContent.builder("salary", "Payslip", "Payslips are in the HR portal.").build()),
						IndexingProgress.none());
			synonymStack.synonyms()
				.replaceAll(List.of(SynonymGroup.of("vacation", "holiday"), SynonymGroup.of("退款", "退钱")));
			SearchResult result = synonymStack.search().search("vacation", RetrievalFilter.published());
			assertThat(result.question().expansions()).extracting(SynonymExpansion::added).containsExactly("holiday");
			assertThat(result.best()).map(CandidateArticle::id).contains("leave");
			assertThat(result.best().orElseThrow().explanation().synonyms()).isNotEmpty();
			assertThat(synonymStack.synonyms().groups()).hasSize(2);
			assertThat(synonymStack.synonyms().removeContaining("Vacation")).isEqualTo(1);
			assertThat(synonymStack.synonyms().groups()).containsExactly(SynonymGroup.of("退款", "退钱"));
		});
	}

	@Test
	void reindexingAnArticleReplacesItsUnitsAndArchivingRemovesThem() {
		withOwnKnowledgeBase("reindex", (own2) -> {
			ArticleContent first = ArticleContent.builder("kb-1", "Parking permits", "Ask facilities for a permit.")
				.questions(List.of("where do I park my bicycle", "car park access"))
				.build();
			ArticleContent other = ArticleContent.builder("kb-2", "Canteen hours", "The canteen opens at 11:30.")
				.build();
			own2.indexer().index(List.of(first, other), IndexingProgress.none());
			assertThat(own2.search().exampleQuestions()).hasSize(2);
			own2.indexer()
				.index(List.of(first.toBuilder().questions(List.of("car park access")).build()),
						IndexingProgress.none());
			assertThat(own2.search().exampleQuestions()).extracting((q) -> q.question().text())
				.containsExactly("car park access");
			own2.indexer().index(List.of(first.withStatus(ArticleStatus.ARCHIVED)), IndexingProgress.none());
			RetrievalFilter all = RetrievalFilter.published().withStatuses(EnumSet.allOf(ArticleStatus.class));
			assertThat(own2.search().search("parking permit", all).candidates()).extracting(CandidateArticle::id)
				.containsOnly("kb-2");
		});
	}

	@Test
	void aChangedArticleIsShownAsItIsNowThoughItsUnitsWereSeenBefore() {
		withOwnKnowledgeBase("changed", (own2) -> {
			ArticleContent first = ArticleContent.builder("kb-1", "Parking permits", "Ask facilities for a permit.")
				.questions(List.of("where do I park my car"))
				.category("facilities")
				.build();
			own2.indexer().index(List.of(first), IndexingProgress.none());
			assertThat(own2.search().search("parking permit", RetrievalFilter.published()).best())
				.map(CandidateArticle::title)
				.contains("Parking permits");
			// the same unit ids at newer versions: what this process kept of them is old
			ArticleContent changed = ArticleContent
				.builder("kb-1", "Parking and bicycle permits", "Ask facilities for a permit.")
				.questions(List.of("where do I park my car"))
				.category("workplace")
				.build();
			own2.indexer().index(List.of(changed), IndexingProgress.none());
			assertThat(own2.search().search("parking permit", RetrievalFilter.published()).best())
				.hasValueSatisfying((best) -> {
					assertThat(best.title()).isEqualTo("Parking and bicycle permits");
					assertThat(best.category()).contains("workplace");
				});
		});
	}

	@Test
	void reindexingEmbedsOnlyTextsThatChanged() {
		withOwnKnowledgeBase("reuse", (own2) -> {
			ArticleContent first = ArticleContent.builder("kb-1", "Parking permits", "Ask facilities for a permit.")
				.questions(List.of("where do I park my bicycle", "car park access"))
				.build();
			IndexingReport fresh = own2.indexer().index(List.of(first), IndexingProgress.none());
			assertThat(fresh.textsEmbedded()).isEqualTo(fresh.units());
			IndexingReport unchanged = own2.indexer().index(List.of(first), IndexingProgress.none());
			assertThat(unchanged.units()).isEqualTo(fresh.units());
			assertThat(unchanged.textsEmbedded()).isZero();
			IndexingReport oneNewQuestion = own2.indexer()
				.index(List.of(first.toBuilder().questions(List.of("car park access", "motorbike parking")).build()),
						IndexingProgress.none());
			assertThat(oneNewQuestion.textsEmbedded()).isEqualTo(1);
			// The reused vectors still find the article.
			assertThat(own2.search().search("where can I leave my bike", RetrievalFilter.published()).best())
				.map(CandidateArticle::id)
				.contains("kb-1");
		});
	}

	/**
	 * Runs a test on a knowledge base of its own (own indices, deleted afterwards), for
	 * tests that change what they index.
	 */
	private static void withOwnKnowledgeBase(String hint, Consumer<RetrievalStack> test) {
		IndexNames own = SharedElasticsearch.indexNames(hint);
		try {
			test.accept(RetrievalFixtures.stack(own));
		}
		finally {
			SharedElasticsearch.deleteIndices(own);
		}
	}

}
