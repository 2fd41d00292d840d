package dev.tandem.connector.mode;

import java.time.Instant;

/**
 * The operating mode was switched.
 *
 * @param from previous mode
 * @param to new mode
 * @param by who switched it
 * @param at when
 */
public record ModeChanged(Mode from, Mode to, String by, Instant at) {

}
