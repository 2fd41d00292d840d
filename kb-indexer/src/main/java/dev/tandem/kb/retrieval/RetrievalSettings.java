package dev.tandem.kb.retrieval;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How retrieval indexes and searches ({@code tandem.retrieval.*}). The defaults were
 * tuned on a tuning split of BANKING77 (docs/retrieval.md); change them only with a
 * benchmark.
 *
 * @param maxPassageChars longest body passage in characters (Chinese: half)
 * @param lexicalCandidates units fetched by BM25 per question
 * @param vectorCandidates units fetched by kNN per question
 * @param vectorNumCandidates HNSW candidates per shard for kNN
 * @param vectorWeight weight of the vector score in the fused score (the rest is BM25)
 * @param embeddingChunk units embedded per step while indexing (one bulk request each)
 * @param unitVote weight of an article's second and third best unit cosines in its vector
 * score (0: its best unit alone)
 * @param classifierWeight share of the article classifier's probability in the re-ranked
 * score (see {@code ArticleClassifier}; 0: the classifier is not trained and rankings
 * stay as fusion made them)
 * @param classifierVoteBlend share of an article's k-NN vote share (softmax over the
 * question's 10 nearest units) in the probability the classifier re-ranks with (0: the
 * classifier's probability alone, the default). Held out, 0.5 ranks better on BANKING77
 * (+0.9 points of top-1) and Bitext (+0.4) but worse on CLINC150 (-1.2): not a robust
 * gain, so it is off by default (docs/retrieval.md, issue #8)
 */
@Validated
@ConfigurationProperties("tandem.retrieval")
public record RetrievalSettings(@DefaultValue("600") @Min(100) @Max(5000) int maxPassageChars,
		@DefaultValue("50") @Min(5) @Max(500) int lexicalCandidates,
		@DefaultValue("50") @Min(5) @Max(500) int vectorCandidates,
		@DefaultValue("200") @Min(10) @Max(5000) int vectorNumCandidates,
		@DefaultValue("0.7") @DecimalMin("0.0") @DecimalMax("1.0") double vectorWeight,
		@DefaultValue("256") @Min(1) @Max(10000) int embeddingChunk,
		@DefaultValue("0.0") @DecimalMin("0.0") @DecimalMax("0.9") double unitVote,
		@DefaultValue("0.8") @DecimalMin("0.0") @DecimalMax("1.0") double classifierWeight,
		@DefaultValue("0.0") @DecimalMin("0.0") @DecimalMax("1.0") double classifierVoteBlend) {

	public static RetrievalSettings defaults() {
		return new RetrievalSettings(600, 50, 50, 200, 0.7, 256, 0.0, 0.8, 0.0);
	}

	public RetrievalSettings withVectorWeight(double weight) {
		return new RetrievalSettings(this.maxPassageChars, this.lexicalCandidates, this.vectorCandidates,
				this.vectorNumCandidates, weight, this.embeddingChunk, this.unitVote, this.classifierWeight,
				this.classifierVoteBlend);
	}

	public RetrievalSettings withUnitVote(double vote) {
		return new RetrievalSettings(this.maxPassageChars, this.lexicalCandidates, this.vectorCandidates,
				this.vectorNumCandidates, this.vectorWeight, this.embeddingChunk, vote, this.classifierWeight,
				this.classifierVoteBlend);
	}

	public RetrievalSettings withClassifierVoteBlend(double blend) {
		return new RetrievalSettings(this.maxPassageChars, this.lexicalCandidates, this.vectorCandidates,
				this.vectorNumCandidates, this.vectorWeight, this.embeddingChunk, this.unitVote, this.classifierWeight,
				blend);
	}

	public RetrievalSettings withClassifierWeight(double weight) {
		return new RetrievalSettings(this.maxPassageChars, this.lexicalCandidates, this.vectorCandidates,
				this.vectorNumCandidates, this.vectorWeight, this.embeddingChunk, this.unitVote, weight,
				this.classifierVoteBlend);
	}

}
