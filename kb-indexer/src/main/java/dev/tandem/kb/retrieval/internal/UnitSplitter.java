package dev.tandem.kb.retrieval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.retrieval.UnitKind;

/**
 * Cuts an article into searchable units: its title, each example question, and its body
 * in passages of about {@code maxPassageChars} characters (half that for Chinese, which
 * says more per character), cut at paragraph and then sentence boundaries so a passage
 * stays about one thing. Each unit gets its own language: the example questions of one
 * article may be in several.
 */
public final class UnitSplitter {

	private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？；;])\\s*");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

	private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+");

	private static final Pattern INLINE_MARKUP = Pattern.compile("[*`~]+");

	private final int maxPassageChars;

	public UnitSplitter(int maxPassageChars) {
		this.maxPassageChars = maxPassageChars;
	}

	/** A unit before analysis and embedding. */
	public record PlannedUnit(UnitKind kind, int ordinal, String text, Language language) {
	}

	public List<PlannedUnit> split(ArticleContent article) {
		List<PlannedUnit> units = new ArrayList<>();
		units.add(unit(UnitKind.TITLE, 0, article.title()));
		int ordinal = 0;
		for (String question : article.questions()) {
			units.add(unit(UnitKind.QUESTION, ordinal++, question));
		}
		ordinal = 0;
		String titleKey = key(article.title());
		for (String passage : passages(article.body())) {
			if (!key(passage).equals(titleKey)) {
				units.add(unit(UnitKind.PASSAGE, ordinal++, passage));
			}
		}
		return units;
	}

	List<String> passages(String markdown) {
		String linked = MARKDOWN_LINK.matcher(markdown).replaceAll("$1");
		String plain = INLINE_MARKUP.matcher(LINE_MARKUP.matcher(linked).replaceAll(""))
			.replaceAll("")
			.replace('|', ' ');
		List<String> passages = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String paragraph : PARAGRAPHS.split(plain)) {
			for (String piece : pieces(paragraph.strip().replaceAll("\\s+", " "))) {
				if (!current.isEmpty() && current.length() + piece.length() + 1 > limit(current + piece)) {
					passages.add(current.toString());
					current.setLength(0);
				}
				if (!current.isEmpty()) {
					current.append(' ');
				}
				current.append(piece);
			}
			// A paragraph break is a good place to end a passage that is already half
			// full.
			if (current.length() > limit(current.toString()) / 2) {
				passages.add(current.toString());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			passages.add(current.toString());
		}
		return passages.stream()
			.map(String::strip)
			.filter((p) -> p.codePoints().anyMatch(Character::isLetter))
			.toList();
	}

	/** A paragraph as pieces no longer than the limit: whole, or its sentences. */
	private List<String> pieces(String paragraph) {
		if (paragraph.isEmpty()) {
			return List.of();
		}
		if (paragraph.length() <= limit(paragraph)) {
			return List.of(paragraph);
		}
		List<String> pieces = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(paragraph)) {
			int limit = limit(sentence);
			for (int from = 0; from < sentence.length(); from += limit) {
				pieces.add(sentence.substring(from, Math.min(sentence.length(), from + limit)));
			}
		}
		return pieces;
	}

	private int limit(String text) {
		return (Language.guess(text) == Language.CHINESE) ? this.maxPassageChars / 2 : this.maxPassageChars;
	}

	private static PlannedUnit unit(UnitKind kind, int ordinal, String text) {
		return new PlannedUnit(kind, ordinal, text, Language.guess(text));
	}

	private static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
	}

}
