/**
 * Priority in Jira's names from editable rules and a model learned from the
 * organisation's history: {@link dev.tandem.understanding.priority.PriorityClassifier},
 * {@link dev.tandem.understanding.priority.PriorityRules},
 * {@link dev.tandem.understanding.priority.PriorityModelTrainer}.
 */
package dev.tandem.understanding.priority;
