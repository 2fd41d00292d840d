/**
 * Explanations shared by every feature:
 * {@link dev.tandem.understanding.explanation.Evidence} says which word or rule drove a
 * result and by how much.
 */
package dev.tandem.understanding.explanation;
