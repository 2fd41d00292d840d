package dev.tandem.kb.calibration;

/**
 * Expected behaviour at one auto-answer threshold, as estimated by cross-validation.
 *
 * @param threshold answer when the confidence is at least this
 * @param precision share of automatic answers that are right (out-of-scope questions
 * weighted to their assumed share of traffic)
 * @param coverage share of answerable questions that get an automatic answer
 * @param outOfScopeAnswerRate share of questions the knowledge base does not cover that
 * would still get an (necessarily wrong) automatic answer
 */
public record CurvePoint(double threshold, double precision, double coverage, double outOfScopeAnswerRate) {
}
