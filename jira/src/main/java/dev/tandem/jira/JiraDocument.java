package dev.tandem.jira;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text Tandem writes into Jira (replies, internal notes, rich custom fields): a
 * deliberately tiny document model that renders to Atlassian Document Format on Cloud and
 * wiki markup on Data Center.
 *
 * <pre>
 * JiraDocument.of(
 *     JiraDocument.paragraph(JiraDocument.text("Hi, "), JiraDocument.bold("good news"), JiraDocument.text(":")),
 *     JiraDocument.bulletList(JiraDocument.paragraph(JiraDocument.link("Refunds", "https://help.example.com/refunds"))),
 *     JiraDocument.codeBlock("tandem --version"));
 * </pre>
 *
 * @param blocks the document's blocks in order
 */
public record JiraDocument(List<Block> blocks) {

	public JiraDocument {
		blocks = List.copyOf(blocks);
	}

	public static JiraDocument of(Block... blocks) {
		return new JiraDocument(List.of(blocks));
	}

	/**
	 * Plain text as a document: blank lines separate paragraphs, single line breaks are
	 * kept. Nothing in the text is interpreted as markup, so user-supplied text is safe
	 * here.
	 */
	public static JiraDocument plainText(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String chunk : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			if (chunk.isBlank()) {
				continue;
			}
			List<Inline> inlines = new ArrayList<>();
			String[] lines = chunk.strip().split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					inlines.add(new LineBreak());
				}
				inlines.add(text(lines[i]));
			}
			blocks.add(new Paragraph(inlines));
		}
		return new JiraDocument(blocks);
	}

	public static Paragraph paragraph(Inline... inlines) {
		return new Paragraph(List.of(inlines));
	}

	public static BulletList bulletList(Paragraph... items) {
		return new BulletList(List.of(items));
	}

	public static CodeBlock codeBlock(String code) {
		return new CodeBlock(code);
	}

	public static Text text(String text) {
		return new Text(text, Set.of());
	}

	public static Text bold(String text) {
		return new Text(text, Set.of(Mark.BOLD));
	}

	public static Text code(String text) {
		return new Text(text, Set.of(Mark.CODE));
	}

	public static Link link(String text, String href) {
		return new Link(text, URI.create(href));
	}

	/** The document as plain text, for logs, previews and tests. */
	public String toPlainText() {
		return this.blocks.stream().map(Block::toPlainText).collect(Collectors.joining("\n\n"));
	}

	/** A block of the document. */
	public sealed interface Block permits Paragraph, BulletList, CodeBlock {

		String toPlainText();

	}

	/** A run of text within a block. */
	public sealed interface Inline permits Text, Link, LineBreak {

		String toPlainText();

	}

	/**
	 * Text formatting. Jira does not combine {@code CODE} with other marks: code wins.
	 */
	public enum Mark {

		BOLD, CODE

	}

	/** A paragraph of inline content. */
	public record Paragraph(List<Inline> inlines) implements Block {

		public Paragraph {
			inlines = List.copyOf(inlines);
		}

		@Override
		public String toPlainText() {
			return this.inlines.stream().map(Inline::toPlainText).collect(Collectors.joining());
		}

	}

	/** A bullet list; each item is one paragraph. */
	public record BulletList(List<Paragraph> items) implements Block {

		public BulletList {
			items = List.copyOf(items);
			if (items.isEmpty()) {
				throw new IllegalArgumentException("a bullet list needs at least one item");
			}
		}

		@Override
		public String toPlainText() {
			return this.items.stream().map((item) -> "- " + item.toPlainText()).collect(Collectors.joining("\n"));
		}

	}

	/** Preformatted code, shown as is. */
	public record CodeBlock(String code) implements Block {

		public CodeBlock {
			Objects.requireNonNull(code, "code");
		}

		@Override
		public String toPlainText() {
			return this.code;
		}

	}

	/** Text with optional marks. */
	public record Text(String text, Set<Mark> marks) implements Inline {

		public Text {
			Objects.requireNonNull(text, "text");
			marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
		}

		public Text(String text, Mark... marks) {
			this(text, Set.copyOf(Arrays.asList(marks)));
		}

		public boolean has(Mark mark) {
			return this.marks.contains(mark);
		}

		@Override
		public String toPlainText() {
			return this.text;
		}

	}

	/** A hyperlink; only http, https and mailto targets are accepted. */
	public record Link(String text, URI href) implements Inline {

		private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

		public Link {
			Objects.requireNonNull(href, "href");
			if (href.getScheme() == null || !SCHEMES.contains(href.getScheme().toLowerCase())) {
				throw new IllegalArgumentException("link target must be an http, https or mailto URI: " + href);
			}
			text = (text == null || text.isEmpty()) ? href.toString() : text;
		}

		@Override
		public String toPlainText() {
			return this.text.equals(this.href.toString()) ? this.text : this.text + " (" + this.href + ")";
		}

	}

	/** A line break inside a paragraph. */
	public record LineBreak() implements Inline {

		@Override
		public String toPlainText() {
			return "\n";
		}

	}

}
