package dev.tandem.understanding.priority.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import dev.tandem.understanding.language.Language;

/**
 * Lucene analysis per language (stemming, stop words; SmartChinese word segmentation) so
 * the priority model sees {@code refunds} and {@code refund} as one feature. Analyzers
 * are created on first use and shared (Lucene analyzers are thread-safe).
 */
public final class TicketTokenizer {

	private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

	private final Analyzer fallback = new StandardAnalyzer();

	public List<String> tokens(String text, Language language) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer(language).tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0 && term.length() <= 40) {
					tokens.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot tokenise ticket text", ex);
		}
		return tokens;
	}

	private Analyzer analyzer(Language language) {
		Supplier<Analyzer> factory = switch (language) {
			case ENGLISH -> EnglishAnalyzer::new;
			case CHINESE -> SmartChineseAnalyzer::new;
			case GERMAN -> GermanAnalyzer::new;
			case FRENCH -> FrenchAnalyzer::new;
			case SPANISH -> SpanishAnalyzer::new;
			case PORTUGUESE -> PortugueseAnalyzer::new;
			case ITALIAN -> ItalianAnalyzer::new;
			case DUTCH -> DutchAnalyzer::new;
			default -> null;
		};
		if (factory == null) {
			return this.fallback;
		}
		synchronized (this.analyzers) {
			return this.analyzers.computeIfAbsent(language, (l) -> factory.get());
		}
	}

}
