/**
 * Ticket understanding: language, sentiment, priority and personal-data masking,
 * in-process and explainable.
 */
package dev.tandem.understanding;
