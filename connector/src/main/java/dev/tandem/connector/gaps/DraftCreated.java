package dev.tandem.connector.gaps;

/**
 * The draft article made from a knowledge gap.
 *
 * @param gapId the gap
 * @param articleId the draft's article id ({@code gap-...}: the same gap always makes the
 * same id)
 * @param version the article's current version
 * @param created false when the gap had a draft already (left as the knowledge manager
 * may have edited it)
 */
public record DraftCreated(String gapId, String articleId, int version, boolean created) {

}
