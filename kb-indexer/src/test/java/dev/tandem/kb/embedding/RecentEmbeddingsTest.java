package dev.tandem.kb.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.analysis.Language;
import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.sentiment.SentimentAnalyzer;
import dev.tandem.understanding.sentiment.SentimentPrototypes;
import dev.tandem.understanding.sentiment.SentimentSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecentEmbeddingsTest {

	private final CountingEmbedder model = new CountingEmbedder();

	@Test
	void aTextEmbeddedAgainIsAnsweredFromMemory() {
		RecentEmbeddings embeddings = new RecentEmbeddings(this.model, 10);
		float[] first = embeddings.embed("我的订单被扣款两次", Language.CHINESE);
		float[] second = embeddings.embed("我的订单被扣款两次", Language.CHINESE);
		assertThat(second).containsExactly(first);
		assertThat(this.model.calls).containsExactly(List.of("我的订单被扣款两次"));
		assertThat(embeddings.textsEmbedded()).isEqualTo(1);
	}

	@Test
	void theSentimentVoteReusesTheVectorRetrievalMadeOfTheSameTicket() {
		RecentEmbeddings embeddings = new RecentEmbeddings(this.model, 10);
		SentimentAnalyzer sentiment = new SentimentAnalyzer(new LanguageDetector(), SentimentSettings.DEFAULTS,
				Optional.of(SentimentPrototypes.chinese((texts) -> embeddings.embedAll(texts, Language.CHINESE))));
		sentiment.analyze("先热身：好评");
		String ticket = "我的订单被扣款两次，请尽快退款";
		embeddings.embed(ticket, Language.CHINESE);
		int callsBefore = this.model.calls.size();
		sentiment.analyze(ticket);
		assertThat(this.model.calls).hasSize(callsBefore);
		// the vote does embed a ticket nobody embedded before
		sentiment.analyze("客服态度很差，我要投诉");
		assertThat(this.model.calls).hasSize(callsBefore + 1);
	}

	@Test
	void aBatchEmbedsOnlyTheTextsNotSeenAndKeepsTheOrder() {
		RecentEmbeddings embeddings = new RecentEmbeddings(this.model, 10);
		embeddings.embed("b", Language.ENGLISH);
		List<float[]> vectors = embeddings.embedAll(List.of("a", "b", "c"), Language.ENGLISH);
		assertThat(this.model.calls).containsExactly(List.of("b"), List.of("a", "c"));
		assertThat(vectors).extracting((vector) -> vector[0]).containsExactly((float) 'a', (float) 'b', (float) 'c');
	}

	@Test
	void theSameTextInAnotherLanguageIsEmbeddedByThatLanguagesModel() {
		RecentEmbeddings embeddings = new RecentEmbeddings(this.model, 10);
		embeddings.embed("OK", Language.ENGLISH);
		embeddings.embed("OK", Language.CHINESE);
		assertThat(this.model.calls).hasSize(2);
	}

	@Test
	void theLeastRecentlyUsedTextIsForgottenBeyondTheCapacity() {
		RecentEmbeddings embeddings = new RecentEmbeddings(this.model, 2);
		embeddings.embed("a", Language.ENGLISH);
		embeddings.embed("b", Language.ENGLISH);
		embeddings.embed("a", Language.ENGLISH);
		embeddings.embed("c", Language.ENGLISH);
		embeddings.embed("a", Language.ENGLISH);
		embeddings.embed("b", Language.ENGLISH);
		assertThat(this.model.calls).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("b"));
	}

	@Test
	void longTextsAreNotRemembered() {
		RecentEmbeddings embeddings = new RecentEmbeddings(this.model, 10);
		String passage = "x".repeat(RecentEmbeddings.MAX_REMEMBERED_CHARS + 1);
		embeddings.embed(passage, Language.ENGLISH);
		embeddings.embed(passage, Language.ENGLISH);
		assertThat(this.model.calls).hasSize(2);
	}

	@Test
	void changingAReturnedVectorDoesNotChangeWhatIsRemembered() {
		RecentEmbeddings embeddings = new RecentEmbeddings(this.model, 10);
		embeddings.embed("a", Language.ENGLISH)[0] = 42;
		assertThat(embeddings.embed("a", Language.ENGLISH)[0]).isEqualTo('a');
	}

	@Test
	void aCapacityBelowOneIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RecentEmbeddings(this.model, 0))
			.withMessageContaining("capacity");
	}

	/** "Embeds" a text as a vector holding its first character. */
	private static final class CountingEmbedder implements TextEmbedder {

		private final List<List<String>> calls = new ArrayList<>();

		private long embedded;

		@Override
		public List<float[]> embedAll(List<String> texts, Language language) {
			this.calls.add(List.copyOf(texts));
			this.embedded += texts.size();
			return texts.stream().map((text) -> new float[] { text.charAt(0), language.ordinal() }).toList();
		}

		@Override
		public int dimensions(Language language) {
			return 2;
		}

		@Override
		public long textsEmbedded() {
			return this.embedded;
		}

	}

}
