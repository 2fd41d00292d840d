package dev.tandem.admin.kb;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveResult;

/**
 * Every version of an article. Selecting one shows what changed from the version before
 * it, as a line diff; restoring saves the selected version's content as the newest
 * version, so nothing in the history is lost.
 */
class ArticleHistoryDialog extends Dialog {

	final Grid<ArticleVersion> versions = new Grid<>();

	final Div diff = new Div();

	final Button restore = new Button();

	private final KnowledgeBaseService service;

	private final String articleId;

	ArticleHistoryDialog(KnowledgeBaseService service, String articleId, Consumer<String> onRestored) {
		this.service = service;
		this.articleId = articleId;
		setId("article-history-dialog");
		setHeaderTitle(getTranslation("kb.history.title", articleId));
		setWidth("min(1000px, 96vw)");
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.versions.addColumn(ArticleVersion::number)
			.setHeader(getTranslation("kb.history.version"))
			.setFlexGrow(0)
			.setWidth("6em");
		this.versions.addColumn((v) -> format.format(v.createdAt()))
			.setHeader(getTranslation("kb.history.when"))
			.setAutoWidth(true);
		this.versions.addColumn(ArticleVersion::author)
			.setHeader(getTranslation("kb.history.author"))
			.setAutoWidth(true);
		this.versions.addColumn((v) -> getTranslation("kb.source." + v.source().name()))
			.setHeader(getTranslation("kb.history.source"))
			.setAutoWidth(true);
		this.versions.addColumn(ArticleVersion::changeSummary)
			.setHeader(getTranslation("kb.history.summary"))
			.setFlexGrow(1);
		this.versions.setHeight("14em");
		this.versions.setId("article-versions");
		List<ArticleVersion> all = service.history(articleId);
		this.versions.setItems(all);
		this.versions.asSingleSelect().addValueChangeListener((event) -> showDiff(event.getValue()));
		this.diff.addClassName("tandem-diff");
		this.diff.setId("article-diff");
		this.restore.setText(getTranslation("kb.history.restore"));
		this.restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.restore.setEnabled(false);
		this.restore.setId("article-restore");
		this.restore.addClickListener((event) -> {
			ArticleVersion selected = this.versions.asSingleSelect().getValue();
			SaveResult result = this.service.restore(articleId, selected.number());
			Notification
				.show(getTranslation("kb.history.restored", selected.number(), result.version().number()), 4000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			close();
			onRestored.accept(articleId);
		});
		add(this.versions, new Paragraph(getTranslation("kb.history.hint")), this.diff);
		getFooter().add(new Button(getTranslation("kb.editor.cancel"), (event) -> close()), this.restore);
		if (!all.isEmpty()) {
			this.versions.select(all.get(0));
		}
	}

	private void showDiff(ArticleVersion version) {
		this.diff.removeAll();
		if (version == null) {
			this.restore.setEnabled(false);
			return;
		}
		int newest = this.service.history(this.articleId).stream().mapToInt(ArticleVersion::number).max().orElse(1);
		this.restore.setEnabled(version.number() != newest);
		String after = this.service.version(this.articleId, version.number()).map(ArticleText::of).orElse("");
		String before = (version.number() > 1)
				? this.service.version(this.articleId, version.number() - 1).map(ArticleText::of).orElse("") : "";
		for (LineDiff.Line line : LineDiff.between(before, after)) {
			Div row = new Div();
			// setText escapes: article text is never interpreted as markup here
			row.setText(marker(line.kind()) + line.text());
			row.addClassNames("tandem-diff-line", "tandem-diff-" + line.kind().name().toLowerCase(Locale.ROOT));
			this.diff.add(row);
		}
	}

	private static String marker(LineDiff.Kind kind) {
		return switch (kind) {
			case ADDED -> "+ ";
			case REMOVED -> "- ";
			case SAME -> "  ";
		};
	}

	Optional<ArticleContent> selectedContent() {
		return Optional.ofNullable(this.versions.asSingleSelect().getValue())
			.flatMap((v) -> this.service.version(this.articleId, v.number()));
	}

}
