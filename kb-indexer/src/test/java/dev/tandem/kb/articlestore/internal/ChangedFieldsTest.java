package dev.tandem.kb.articlestore.internal;

import java.util.List;
import java.util.Optional;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedFieldsTest {

	private final ArticleContent original = ArticleContent.builder("a", "Title", "Body").tags(List.of("x")).build();

	@Test
	void aFirstVersionChangesEveryFieldThatHasAValue() {
		assertThat(ChangedFields.between(Optional.empty(), this.original)).containsExactly("title", "body", "tags",
				"status");
	}

	@Test
	void namesOnlyTheFieldsThatDiffer() {
		ArticleContent edited = this.original.toBuilder().category("billing").build().withStatus(ArticleStatus.DRAFT);

		assertThat(ChangedFields.between(Optional.of(this.original), edited)).containsExactly("category", "status");
	}

}
