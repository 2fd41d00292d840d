/**
 * Sentiment in five levels with triage signals (anger, complaint risk, request for a
 * person, urgency) for English and Chinese:
 * {@link dev.tandem.understanding.sentiment.SentimentAnalyzer#analyze(String)}.
 */
package dev.tandem.understanding.sentiment;
