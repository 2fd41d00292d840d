package dev.tandem.kb.embedding;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our session settings change how the model runs, never what it computes: vectors match
 * the model jar's own class (which stored knowledge bases were embedded with).
 */
class OnnxBgeModelTest {

	@Test
	void englishVectorsAreTheModelJarsOwn() {
		assertSameVectors(OnnxBgeModel.load("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", 2),
				new BgeSmallEnV15QuantizedEmbeddingModel(),
				List.of("My card has not arrived yet", "How do I reset my password?",
						"I was charged twice for the same order, please refund one of them"));
	}

	@Test
	void chineseVectorsAreTheModelJarsOwn() {
		assertSameVectors(OnnxBgeModel.load("bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5-q-tokenizer.json", 2),
				new BgeSmallZhV15QuantizedEmbeddingModel(), List.of("我的花呗怎么还款", "订单一直没有发货，请尽快处理", "退款什么时候到账"));
	}

	@Test
	void aMissingModelIsNamed() {
		assertThatThrownBy(() -> OnnxBgeModel.load("no-such-model.onnx", "no-such-tokenizer.json", 1))
			.hasMessageContaining("no-such-model.onnx");
	}

	@Test
	void threadsMustBePositive() {
		assertThatThrownBy(() -> new BgeTextEmbedder(0)).hasMessageContaining("at least 1");
	}

	private static void assertSameVectors(EmbeddingModel ours, EmbeddingModel jars, List<String> texts) {
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		List<float[]> batch = ours.embedAll(segments).content().stream().map((e) -> e.vector()).toList();
		for (int i = 0; i < texts.size(); i++) {
			float[] expected = jars.embed(texts.get(i)).content().vector();
			assertThat(cosine(ours.embed(texts.get(i)).content().vector(), expected)).as(texts.get(i))
				.isGreaterThan(0.9999);
			assertThat(cosine(batch.get(i), expected)).as(texts.get(i) + " in a batch").isGreaterThan(0.9999);
		}
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

}
