package dev.tandem.kb.retrieval.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One searchable unit as stored in {@code <prefix>-kb-units} (Jackson 2, inside the
 * Elasticsearch store). Exactly one of the vectors is set, matching {@code language}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitDocument(@JsonProperty("unit_id") String unitId, @JsonProperty("article_id") String articleId,
		@JsonProperty("article_title") String articleTitle, @JsonProperty("article_version") Integer articleVersion,
		@JsonProperty("kind") String kind, @JsonProperty("ordinal") int ordinal,
		@JsonProperty("language") String language, @JsonProperty("status") String status,
		@JsonProperty("category") String category, @JsonProperty("text") String text,
		@JsonProperty("tokens") String tokens, @JsonProperty("vocab") List<String> vocab,
		@JsonProperty("vector_en") float[] vectorEn, @JsonProperty("vector_zh") float[] vectorZh,
		@JsonProperty("indexed_at") String indexedAt) {

	/** The id of a unit: article id, kind and position, so re-indexing overwrites. */
	public static String id(String articleId, String kind, int ordinal) {
		return articleId + "#" + kind.charAt(0) + ordinal;
	}

	public String id() {
		return (this.unitId != null) ? this.unitId : id(this.articleId, this.kind, this.ordinal);
	}

	public List<String> tokenList() {
		return (this.tokens == null || this.tokens.isBlank()) ? List.of() : List.of(this.tokens.split(" "));
	}

	public float[] vector() {
		return (this.vectorEn != null) ? this.vectorEn : this.vectorZh;
	}

}
