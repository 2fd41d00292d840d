package dev.tandem.admin.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.SignedInUser;
import dev.tandem.connector.outcomes.ArticleEffectiveness;
import dev.tandem.connector.outcomes.ArticleOutcomes;
import dev.tandem.connector.outcomes.OutcomeProperties;
import dev.tandem.kb.analysis.SynonymGroup;
import dev.tandem.kb.analysis.SynonymStore;
import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.answering.ArticleMatch;
import dev.tandem.kb.answering.RetrievalOptions;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.ingest.ArticleImporter;
import dev.tandem.kb.ingest.ImportListener;
import dev.tandem.kb.ingest.ImportOptions;
import dev.tandem.kb.ingest.ImportReport;
import dev.tandem.kb.retrieval.RetrievalFilter;

/**
 * What the knowledge-base pages may do, for knowledge managers and admins only: the
 * security boundary is here, not only on the route. Every change is saved as a new
 * version with source {@link ArticleSource#UI} and the signed-in user as author.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER')")
public class KnowledgeBaseService {

	/** Sort property of the effectiveness column. */
	public static final String EFFECTIVENESS = "effectiveness";

	/** Most rows a free-text search shows (retrieval ranks at most this many). */
	public static final int MAX_SEARCH_RESULTS = 20;

	private final ArticleRepository repository;

	private final ArticleCatalog catalog;

	private final AnswerRetriever retriever;

	private final SynonymStore synonyms;

	private final CurrentUser currentUser;

	private final ArticleImporter importer;

	private final ArticleOutcomes outcomes;

	private final double maxFailureRate;

	KnowledgeBaseService(ArticleRepository repository, ArticleCatalog catalog, AnswerRetriever retriever,
			SynonymStore synonyms, CurrentUser currentUser, ArticleOutcomes outcomes,
			ObjectProvider<OutcomeProperties> outcomeProperties, Clock clock) {
		this.repository = repository;
		this.outcomes = outcomes;
		this.maxFailureRate = outcomeProperties.getIfAvailable(OutcomeProperties::defaults).articleMaxFailureRate();
		this.catalog = catalog;
		this.retriever = retriever;
		this.synonyms = synonyms;
		this.currentUser = currentUser;
		this.importer = new ArticleImporter(repository, clock);
	}

	/** One page of the articles a query selects. */
	public List<ArticleSummary> find(ArticleQuery query, int offset, int limit) {
		return find(query, offset, limit, List.of());
	}

	/**
	 * One page of the articles a query selects, sorted by the grid's sort orders (sort
	 * property {@code effectiveness}; other properties keep the catalogue's order).
	 */
	public List<ArticleSummary> find(ArticleQuery query, int offset, int limit, List<QuerySortOrder> sortOrders) {
		List<ArticleSummary> all = sorted(select(query), sortOrders);
		if (offset >= all.size()) {
			return List.of();
		}
		return all.subList(offset, Math.min(all.size(), offset + limit));
	}

	/** How many articles a query selects. */
	public int count(ArticleQuery query) {
		return select(query).size();
	}

	public SortedSet<String> categories() {
		return this.catalog.categories();
	}

	public SortedSet<String> languages() {
		return this.catalog.languages();
	}

	public Optional<StoredArticle> article(String id) {
		return this.repository.find(id);
	}

	/**
	 * Saves content as the article's next version (or version 1 of a new article).
	 * @param content the content
	 * @param summary what was changed, for the history
	 * @return the outcome and the current version
	 */
	public SaveResult save(ArticleContent content, String summary) {
		SaveResult result = this.repository.save(content, change(summary));
		this.repository.find(content.id()).ifPresent(this.catalog::update);
		return result;
	}

	/** Publishes or archives an article (a new version with only the status changed). */
	public SaveResult changeStatus(String id, ArticleStatus status) {
		StoredArticle current = this.repository.find(id)
			.orElseThrow(() -> new IllegalArgumentException("article '" + id + "' does not exist"));
		return save(current.content().withStatus(status), "status " + status.name().toLowerCase());
	}

	/** Every version of an article, newest first. */
	public List<ArticleVersion> history(String id) {
		List<ArticleVersion> versions = new ArrayList<>(this.repository.history(id));
		versions.sort((a, b) -> Integer.compare(b.number(), a.number()));
		return versions;
	}

	public Optional<ArticleContent> version(String id, int number) {
		return this.repository.version(id, number);
	}

	/** Saves an old version's content as the newest version. */
	public SaveResult restore(String id, int number) {
		ArticleContent old = this.repository.version(id, number)
			.orElseThrow(() -> new IllegalArgumentException("article '" + id + "' has no version " + number));
		return save(old, "restored version " + number);
	}

	/**
	 * Imports one uploaded file (JSON Lines, JSON, CSV, Markdown, HTML).
	 * @param file the file; its extension tells the format
	 * @param listener progress and rejected items
	 * @return the report
	 */
	public ImportReport importFile(Path file, ImportListener listener) {
		if (!Files.isRegularFile(file)) {
			throw new UncheckedIOException(new IOException(file + " is not a file"));
		}
		ImportReport report = this.importer.run(List.of(file), ImportOptions.defaults(author()), listener);
		this.catalog.invalidate();
		return report;
	}

	public List<SynonymGroup> synonymGroups() {
		return this.synonyms.groups();
	}

	public void addSynonymGroup(SynonymGroup group) {
		this.synonyms.add(group);
	}

	public void removeSynonymGroup(SynonymGroup group) {
		List<SynonymGroup> groups = new ArrayList<>(this.synonyms.groups());
		if (groups.remove(group)) {
			this.synonyms.replaceAll(groups);
		}
	}

	private static List<ArticleSummary> sorted(List<ArticleSummary> rows, List<QuerySortOrder> sortOrders) {
		for (QuerySortOrder order : sortOrders) {
			if (EFFECTIVENESS.equals(order.getSorted())) {
				List<ArticleSummary> copy = new ArrayList<>(rows);
				copy.sort((order.getDirection() == SortDirection.DESCENDING)
						? ArticleSummary.BY_EFFECTIVENESS.reversed() : ArticleSummary.BY_EFFECTIVENESS);
				return copy;
			}
		}
		return rows;
	}

	/**
	 * The effectiveness of every article automatic answers showed, counted once per
	 * selection (one aggregation over the cases).
	 */
	private Function<ArticleSummary, ArticleSummary> withOutcomes() {
		Map<String, ArticleEffectiveness> byArticle = new HashMap<>();
		for (ArticleEffectiveness effectiveness : this.outcomes.all()) {
			byArticle.put(effectiveness.articleId(), effectiveness);
		}
		return (summary) -> summary.withEffectiveness(
				byArticle.getOrDefault(summary.id(), ArticleEffectiveness.none(summary.id())), this.maxFailureRate);
	}

	private List<ArticleSummary> select(ArticleQuery query) {
		Function<ArticleSummary, ArticleSummary> withOutcomes = withOutcomes();
		if (!query.isSearch()) {
			return this.catalog.all().stream().map(withOutcomes).filter(query::matches).toList();
		}
		RetrievalFilter filter = RetrievalFilter.publishedAndDrafts();
		if (query.status().isPresent()) {
			filter = filter.withStatuses(EnumSet.of(query.status().get()));
		}
		List<ArticleMatch> matches = this.retriever
			.retrieve(query.text(), new RetrievalOptions(filter, MAX_SEARCH_RESULTS))
			.articles();
		List<ArticleSummary> rows = new ArrayList<>();
		for (ArticleMatch match : matches) {
			this.catalog.find(match.id())
				.map((summary) -> withOutcomes.apply(summary).withScore(match.score()))
				.filter(query::matches)
				.ifPresent(rows::add);
		}
		return rows;
	}

	private ArticleChange change(String summary) {
		return new ArticleChange(author(), ArticleSource.UI,
				(summary == null || summary.isBlank()) ? "edited" : summary.strip());
	}

	private String author() {
		return this.currentUser.get()
			.map(SignedInUser::username)
			.orElseThrow(() -> new IllegalStateException("nobody is signed in"));
	}

}
