package dev.tandem.connector.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Text Tandem will write into Jira, kept in the case so a retry after a restart writes
 * exactly the same words: paragraphs of spans, a span optionally a link.
 *
 * @param paragraphs the paragraphs in order
 */
public record RichText(List<List<Span>> paragraphs) {

	public RichText {
		paragraphs = paragraphs.stream().map(List::copyOf).toList();
	}

	public String toPlainText() {
		return this.paragraphs.stream()
			.map((spans) -> spans.stream().map(Span::toPlainText).collect(Collectors.joining()))
			.collect(Collectors.joining("\n\n"));
	}

	/**
	 * Text, or a link when {@code href} is present.
	 *
	 * @param text the words
	 * @param href link target
	 * @param bold whether to emphasise
	 */
	public record Span(String text, Optional<String> href, boolean bold) {

		public Span {
			Objects.requireNonNull(text, "text");
			href = Objects.requireNonNullElse(href, Optional.empty());
		}

		public static Span text(String text) {
			return new Span(text, Optional.empty(), false);
		}

		public static Span bold(String text) {
			return new Span(text, Optional.empty(), true);
		}

		public static Span link(String text, String href) {
			return new Span(text, Optional.of(href), false);
		}

		public String toPlainText() {
			return this.href.map((target) -> this.text + " (" + target + ")").orElse(this.text);
		}

	}

}
