package dev.tandem.kb.retrieval;

/**
 * An example question of a published article, analysed, as calibration replays it.
 *
 * @param unitId the question's unit (left out when it is asked)
 * @param articleId the article it belongs to
 * @param question the question ready for search (its stored tokens and embedding)
 */
public record ExampleQuestion(String unitId, String articleId, AnalysedQuestion question) {
}
