package dev.tandem.connector.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.tandem.connector.audit.AuditEntry;
import dev.tandem.connector.audit.AuditLog;
import dev.tandem.connector.cases.CaseStore;
import dev.tandem.connector.cases.FollowUpOutcome;
import dev.tandem.connector.store.DocumentIndex;
import dev.tandem.connector.store.DocumentIndexes;
import dev.tandem.connector.store.VersionConflictException;
import dev.tandem.connector.store.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-article effectiveness of automatic answers, for the admin UI and the review flags.
 * <p>
 * The counts are not stored counters: they are aggregated from the cases on every read.
 * An outcome is a fact of one case, recorded once by that case's versioned write;
 * counting the cases cannot double count a redelivered event, lose an increment to a
 * crash between two writes, or drift from the cases when a transition is corrected (e.g.
 * a silent close later confirmed). One terms aggregation over the cases of a service desk
 * costs milliseconds.
 */
public class ArticleOutcomes {

	private static final Logger log = LoggerFactory.getLogger(ArticleOutcomes.class);

	private static final int MAX_ARTICLES = 10_000;

	private final CaseStore cases;

	private final DocumentIndex<ArticleFlag> flags;

	private final AuditLog audit;

	private final OutcomeProperties properties;

	private final Clock clock;

	private final Durability durability;

	public ArticleOutcomes(CaseStore cases, DocumentIndexes indexes, AuditLog audit, OutcomeProperties properties,
			Clock clock) {
		this.cases = cases;
		this.flags = indexes.index("article-flags", "/dev/tandem/connector/outcomes/article-flags-mapping.json",
				ArticleFlag.class);
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.durability = Durability.of(properties);
	}

	/** How one article's automatic answers went (all zero when it was never shown). */
	public ArticleEffectiveness effectiveness(String articleId) {
		Query shown = Query.of((q) -> q.term((term) -> term.field("followUp.articleIds").value(articleId)));
		return count(shown).stream()
			.filter((found) -> found.articleId().equals(articleId))
			.findFirst()
			.orElseGet(() -> ArticleEffectiveness.none(articleId));
	}

	/** Every article automatic answers have shown, most shown first. */
	public List<ArticleEffectiveness> all() {
		return count(Query.of((q) -> q.exists((exists) -> exists.field("followUp.outcome"))));
	}

	/** Articles that often fail, worst first. */
	public List<ArticleEffectiveness> flagged() {
		return all().stream()
			.filter(ArticleEffectiveness::flaggedForReview)
			.sorted(Comparator.comparing((ArticleEffectiveness a) -> a.failureRate().orElse(0.0)).reversed())
			.toList();
	}

	/**
	 * Records flags that were raised or cleared since the last check, each change audited
	 * once (instances racing on the same change: the version check lets one win).
	 * @return the articles whose flag changed
	 */
	public List<ArticleEffectiveness> reviewFlags() {
		List<ArticleEffectiveness> changed = new ArrayList<>();
		for (ArticleEffectiveness article : all()) {
			Optional<Versioned<ArticleFlag>> recorded = this.flags.get(article.articleId());
			boolean wasFlagged = recorded.map((flag) -> flag.value().flagged()).orElse(false);
			if (wasFlagged == article.flaggedForReview()) {
				continue;
			}
			Instant now = this.clock.instant();
			ArticleFlag flag = new ArticleFlag(article.articleId(), article.flaggedForReview(),
					article.failureRate().orElse(0.0), article.settled(), now);
			boolean won;
			if (recorded.isEmpty()) {
				won = this.flags.createIfAbsent(article.articleId(), flag);
			}
			else {
				try {
					this.flags.replace(recorded.get().with(flag));
					won = true;
				}
				catch (VersionConflictException ex) {
					won = false;
				}
			}
			if (won) {
				auditChange(article, now);
				changed.add(article);
			}
		}
		return changed;
	}

	private void auditChange(ArticleEffectiveness article, Instant now) {
		String rate = String.format(Locale.ROOT, "%.0f%%", 100 * article.failureRate().orElse(0.0));
		String why = article.flaggedForReview()
				? "Article " + article.articleId() + " failed in " + rate + " of " + article.settled()
						+ " settled automatic answers (" + article.rejected() + " rejected, " + article.reopened()
						+ " reopened), at or above the review limit "
						+ String.format(Locale.ROOT, "%.0f%%", 100 * this.properties.articleMaxFailureRate())
						+ ": flagged for review."
				: "Article " + article.articleId() + " now fails in " + rate + " of " + article.settled()
						+ " settled automatic answers: review flag cleared.";
		log.info(why);
		this.audit.record(new AuditEntry(now, "tandem",
				article.flaggedForReview() ? "article.flagged-for-review" : "article.review-flag-cleared",
				Optional.empty(), Optional.empty(), List.of(why), Map.of("article", article.articleId(), "failureRate",
						rate, "settled", String.valueOf(article.settled()), "shown", String.valueOf(article.shown())),
				false));
	}

	private List<ArticleEffectiveness> count(Query query) {
		// durable as Durability defines it, the same definition the dashboards use
		Query durable = this.durability.durableQuery(this.clock.instant());
		Map<String, Aggregation> perOutcome = Map.of("outcome",
				Aggregation.of((a) -> a.terms((terms) -> terms.field("followUp.outcome").size(10))), "durable",
				Aggregation.of((a) -> a.filter(durable)), "silentDurable",
				Aggregation.of((a) -> a.filter((f) -> f.bool((bool) -> bool.filter((o) -> o
					.term((term) -> term.field("followUp.outcome").value(FollowUpOutcome.CLOSED_WITHOUT_REPLY.name())))
					.filter(durable)))));
		Map<String, Aggregate> result = this.cases.aggregate(query,
				Map.of("articles",
						Aggregation.of((a) -> a.terms((terms) -> terms.field("followUp.articleIds").size(MAX_ARTICLES))
							.aggregations(perOutcome))));
		List<ArticleEffectiveness> articles = new ArrayList<>();
		for (StringTermsBucket bucket : result.get("articles").sterms().buckets().array()) {
			articles.add(effectiveness(bucket));
		}
		return articles;
	}

	private ArticleEffectiveness effectiveness(StringTermsBucket bucket) {
		Map<String, Long> outcomes = new HashMap<>();
		for (StringTermsBucket outcome : bucket.aggregations().get("outcome").sterms().buckets().array()) {
			outcomes.put(outcome.key().stringValue(), outcome.docCount());
		}
		long accepted = outcomes.getOrDefault(FollowUpOutcome.CONFIRMED.name(), 0L);
		long silentDurable = bucket.aggregations().get("silentDurable").filter().docCount();
		return ArticleEffectiveness.of(bucket.key().stringValue(), bucket.docCount(), accepted,
				outcomes.getOrDefault(FollowUpOutcome.REJECTED.name(), 0L),
				outcomes.getOrDefault(FollowUpOutcome.REOPENED.name(), 0L),
				outcomes.getOrDefault(FollowUpOutcome.CLOSED_WITHOUT_REPLY.name(), 0L),
				bucket.aggregations().get("durable").filter().docCount(), accepted + silentDurable,
				outcomes.getOrDefault(FollowUpOutcome.PENDING.name(), 0L), this.properties.articleMinSample(),
				this.properties.articleMaxFailureRate());
	}

}
