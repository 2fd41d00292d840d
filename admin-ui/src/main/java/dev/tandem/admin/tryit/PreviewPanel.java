package dev.tandem.admin.tryit;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.tandem.understanding.sentiment.SentimentLabel;

/**
 * One preview, laid out: the decision as a large badge, confidence against the threshold
 * as a bar, the ticket's reading (language, priority, sentiment and its signals), the
 * masked text, the candidate articles with why they matched, and the reasons. All ticket
 * and article text is set as text, never as markup.
 */
class PreviewPanel extends Div {

	PreviewPanel(TicketPreview preview) {
		addClassName("tandem-preview");
		setId("try-it-preview");
		add(decision(preview), confidence(preview), reading(preview), reasons(preview), articles(preview),
				maskedText(preview), evidence(preview));
	}

	private Component decision(TicketPreview preview) {
		Span badge = badge(getTranslation("try-it.decision." + preview.decision().name()),
				"decision-" + preview.decision().name().toLowerCase(Locale.ROOT));
		badge.setId("try-it-decision");
		badge.addClassName("tandem-badge-large");
		Span explanation = new Span(getTranslation("try-it.decision." + preview.decision().name() + ".text"));
		explanation.addClassName("tandem-muted");
		Div row = new Div(badge, explanation);
		row.addClassName("tandem-preview-decision");
		return row;
	}

	private Component confidence(TicketPreview preview) {
		Div fill = new Div();
		fill.addClassName("tandem-confidence-fill");
		fill.getStyle().set("width", percent(preview.confidence()));
		if (preview.confidence() >= preview.threshold()) {
			fill.addClassName("tandem-confidence-above");
		}
		Div marker = new Div();
		marker.addClassName("tandem-confidence-threshold");
		marker.getStyle().set("left", percent(Math.min(1, preview.threshold())));
		marker.getElement().setAttribute("title", getTranslation("try-it.threshold", preview.threshold()));
		Div bar = new Div(fill, marker);
		bar.addClassName("tandem-confidence-bar");
		bar.setId("try-it-confidence-bar");
		Span label = new Span(getTranslation("try-it.confidence", preview.confidence(), preview.threshold()));
		label.setId("try-it-confidence");
		Div block = new Div(label, bar);
		block.addClassName("tandem-preview-block");
		preview.calibrationWarning().ifPresent((warning) -> {
			Span note = new Span(getTranslation("try-it.calibration-warning", warning));
			note.addClassName("tandem-muted");
			block.add(note);
		});
		return block;
	}

	private Component reading(TicketPreview preview) {
		TicketPreview.Sentiment sentiment = preview.sentiment();
		Div facts = new Div();
		facts.addClassName("tandem-preview-facts");
		facts.add(fact("try-it.language", badge(language(preview.language()), "neutral"), "try-it-language"));
		facts.add(fact("try-it.priority", badge(getTranslation("try-it.priority." + preview.priority().name()),
				"priority-" + preview.priority().name().toLowerCase(Locale.ROOT)), "try-it-priority"));
		Div sentimentValue = new Div(
				badge(getTranslation("try-it.sentiment." + sentiment.label().name()),
						sentimentStyle(sentiment.label())),
				new Span(String.format(Locale.ROOT, " %+.2f", sentiment.score())));
		facts.add(fact("try-it.sentiment", sentimentValue, "try-it-sentiment"));
		Div signals = new Div();
		signals.addClassName("tandem-signals");
		signals.add(signal("try-it.signal.anger", sentiment.anger()),
				signal("try-it.signal.complaint", sentiment.complaintRisk()),
				signal("try-it.signal.urgency", sentiment.urgency()));
		if (sentiment.humanRequested()) {
			signals.add(badge(getTranslation("try-it.signal.person"), "warning"));
		}
		facts.add(fact("try-it.signals", signals, "try-it-signals"));
		return facts;
	}

	private Component articles(TicketPreview preview) {
		Div block = section("try-it.articles");
		block.setId("try-it-articles");
		if (preview.articles().isEmpty()) {
			Span none = new Span(getTranslation("try-it.articles.none"));
			none.addClassName("tandem-muted");
			block.add(none);
		}
		int rank = 1;
		for (TicketPreview.Article article : preview.articles()) {
			Span title = new Span(rank++ + ". " + article.title());
			title.addClassName("tandem-article-title");
			Div head = new Div(title, badge(String.format(Locale.ROOT, "%.2f", article.score()), "neutral"));
			if (!article.published()) {
				head.add(badge(getTranslation("try-it.article.draft"), "warning"));
			}
			head.addClassName("tandem-article-head");
			Span meta = new Span(article.id() + article.category().map((c) -> " · " + c).orElse(""));
			meta.addClassName("tandem-muted");
			Span why = new Span(getTranslation("try-it.article.why", article.why()));
			why.addClassName("tandem-article-why");
			Div card = new Div(head, meta, why);
			card.addClassName("tandem-article-card");
			block.add(card);
		}
		return block;
	}

	private Component reasons(TicketPreview preview) {
		Div block = section("try-it.reasons");
		UnorderedList list = new UnorderedList();
		list.setId("try-it-reasons");
		preview.reasons()
			.forEach((reason) -> list.add(new ListItem(getTranslation(reason.key(), reason.args().toArray()))));
		block.add(list);
		return block;
	}

	private Component maskedText(TicketPreview preview) {
		Div block = section("try-it.masked");
		Pre text = new Pre();
		text.setText(preview.maskedText());
		text.setId("try-it-masked");
		text.addClassName("tandem-masked-text");
		block.add(text);
		return block;
	}

	private Component evidence(TicketPreview preview) {
		UnorderedList list = new UnorderedList();
		preview.evidence().forEach((line) -> list.add(new ListItem(line)));
		Details details = new Details(getTranslation("try-it.evidence", preview.evidence().size()), list);
		details.setId("try-it-evidence");
		return details;
	}

	private Div section(String headingKey) {
		Div block = new Div(new H3(getTranslation(headingKey)));
		block.addClassName("tandem-preview-block");
		return block;
	}

	private Div fact(String labelKey, Component value, String id) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("tandem-fact-label");
		Div fact = new Div(label, value);
		fact.addClassName("tandem-fact");
		fact.setId(id);
		return fact;
	}

	private Span signal(String key, double value) {
		return badge(getTranslation(key, value), (value >= 0.5) ? "error" : "neutral");
	}

	private String language(String code) {
		String key = "try-it.language." + code;
		String text = getTranslation(key);
		return text.startsWith("!") ? code : text;
	}

	private static String sentimentStyle(SentimentLabel label) {
		if (label.isNegative()) {
			return (label == SentimentLabel.VERY_NEGATIVE) ? "error" : "warning";
		}
		return label.isPositive() ? "success" : "neutral";
	}

	static Span badge(String text, String style) {
		Span badge = new Span(text);
		badge.addClassNames("tandem-badge", "tandem-badge-" + style);
		return badge;
	}

	private static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.1f%%", Math.max(0, Math.min(1, fraction)) * 100);
	}

}
