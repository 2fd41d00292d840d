package dev.tandem.connector.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.listing.ArticleListing;
import dev.tandem.kb.listing.ArticlePage;
import dev.tandem.kb.listing.ArticleQuery;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@Import({ ArticleController.class, ApiErrors.class })
class ArticleControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArticleListing listing;

	private static StoredArticle draft() {
		ArticleContent content = ArticleContent.builder("resolutions/sup-42", "How do I export my data?", "Settings")
			.tags(List.of("tandem-ticket:SUP-42", "tandem-ticket-link:https://jira.example.com/browse/SUP-42",
					"tandem-edit-of:data-export"))
			.category("account")
			.language("en")
			.status(ArticleStatus.DRAFT)
			.build();
		return new StoredArticle(content,
				ArticleVersion.of(content, 1, new ArticleChange("tandem-harvest", ArticleSource.RESOLUTION, "drafted"),
						Instant.parse("2026-11-21T10:00:00Z")));
	}

	@Test
	void listsDraftsFromResolutionsWithTheirTicketAndTarget() throws Exception {
		given(this.listing.list(any())).willReturn(new ArticlePage(List.of(draft()), 1, 0, 20));

		this.mvc
			.perform(get(
					"/api/v1/kb/articles?status=draft&source=RESOLUTION&category=account&language=en&q=export&size=20"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"total": 1, "page": 0, "size": 20, "articles": [{"id": "resolutions/sup-42",
					 "title": "How do I export my data?", "status": "DRAFT", "source": "RESOLUTION",
					 "category": "account", "language": "en", "updatedAt": "2026-11-21T10:00:00Z", "version": 1,
					 "sourceTicket": "SUP-42", "sourceTicketUrl": "https://jira.example.com/browse/SUP-42",
					 "suggestedEditOf": "data-export"}]}
					"""));
		ArgumentCaptor<ArticleQuery> query = ArgumentCaptor.forClass(ArticleQuery.class);
		verify(this.listing).list(query.capture());
		assertThat(query.getValue())
			.isEqualTo(new ArticleQuery(Optional.of(ArticleStatus.DRAFT), Optional.of(ArticleSource.RESOLUTION),
					Optional.of("account"), Optional.of("en"), Optional.of("export"), 0, 20));
	}

	@Test
	void anUnknownStatusIsABadRequestNamingTheValues() throws Exception {
		this.mvc.perform(get("/api/v1/kb/articles?status=LIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("'status' must be one of [DRAFT, PUBLISHED, ARCHIVED], got 'LIVE'"));
		verify(this.listing, never()).list(any());
	}

	@Test
	void pagingIsBounded() throws Exception {
		this.mvc.perform(get("/api/v1/kb/articles?size=5000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("'size' must be a whole number from 1 to 200, got '5000'"));
		this.mvc.perform(get("/api/v1/kb/articles?page=-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/kb/articles?source=EMAIL"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("'source' must be one of [IMPORT, UI, RESOLUTION], got 'EMAIL'"));
		this.mvc.perform(get("/api/v1/kb/articles?language=en us")).andExpect(status().isBadRequest());
	}

}
