package dev.tandem.admin.kb;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

import dev.tandem.kb.article.ArticleStatus;

/** An article's status as a small coloured label. */
class StatusBadge extends Span {

	StatusBadge(ArticleStatus status) {
		addClassNames("tandem-badge", "tandem-badge-" + status.name().toLowerCase(Locale.ROOT));
		setText(getTranslation("kb.status." + status.name()));
	}

}
