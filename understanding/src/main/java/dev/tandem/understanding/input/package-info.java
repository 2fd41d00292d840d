/**
 * Input hygiene shared by every feature: null-safe, junk-free, length-capped text.
 */
package dev.tandem.understanding.input;
