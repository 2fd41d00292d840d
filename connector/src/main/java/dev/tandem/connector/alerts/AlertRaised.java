package dev.tandem.connector.alerts;

/**
 * A spike was noticed and stored (once, whichever instance noticed it).
 *
 * @param alert the alert
 */
public record AlertRaised(Alert alert) {

}
