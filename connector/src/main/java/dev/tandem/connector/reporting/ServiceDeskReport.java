package dev.tandem.connector.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The service desk's results over a period ({@link ReportQuery}). Every number says what
 * it was computed from; metrics whose data is not recorded yet are
 * {@link Availability#missing(String) missing} with the reason, never zero.
 *
 * @param query what the report covers
 * @param ticketsIn tickets received in the period
 * @param triaged of those, tickets Tandem has decided on
 * @param tiers the three decisions' shares of the triaged tickets ({@code AUTO_ANSWER},
 * {@code ASSIST}, {@code HUMAN}; they add up to 100.0)
 * @param automatedResolution tickets their automatic answer resolved (confirmed by the
 * customer, or closed without reply, and not reopened: {@code outcomes.Durability}), of
 * all triaged tickets
 * @param durableResolution tickets whose automatic answer's resolution was durable at the
 * end of the period ({@code outcomes.Durability}), of the triaged tickets old enough to
 * judge
 * @param escalation auto-answered tickets the customer's reply sent to a person, of all
 * auto-answered tickets
 * @param reopen tickets reopened after being resolved, of resolved tickets
 * @param botFirstResponse time from receipt to Tandem's first action in Jira
 * @param humanFirstResponse time from receipt to a person's first public comment
 * @param csat customer satisfaction, where Jira Service Management provides it
 * @param categories tickets per category (shares add up to 100.0)
 * @param languages tickets per language (shares add up to 100.0)
 * @param sentimentTrend average sentiment and negative share per day
 * @param heatMap tickets per hour of the week and category
 * @param hotTopics categories ordered by growth against the previous period
 * @param topArticles articles most used in automatic answers
 * @param failingArticles articles whose automatic answers were sent on to a person most
 * @param agentLoad tickets assigned per agent
 * @param truncated whether more tickets matched than one report reads (the numbers cover
 * the newest {@code ticketsIn} only)
 */
public record ServiceDeskReport(ReportQuery query, long ticketsIn, long triaged, List<Share> tiers,
		Rate automatedResolution, Availability<Rate> durableResolution, Rate escalation, Availability<Rate> reopen,
		Availability<ResponseTime> botFirstResponse, Availability<ResponseTime> humanFirstResponse,
		Availability<Double> csat, List<Share> categories, List<Share> languages, List<DayPoint> sentimentTrend,
		List<HeatCell> heatMap, List<TopicGrowth> hotTopics, List<ArticleUse> topArticles,
		List<ArticleUse> failingArticles, List<AgentLoad> agentLoad, boolean truncated) {

	/** The brief's target ranges of the three tiers, in percent. */
	public static final List<TierTarget> TIER_TARGETS = List.of(new TierTarget("AUTO_ANSWER", 60, 70),
			new TierTarget("ASSIST", 20, 30), new TierTarget("HUMAN", 5, 10));

	/**
	 * @param decision the tier
	 * @param minPercent lower end of the target range
	 * @param maxPercent upper end
	 */
	public record TierTarget(String decision, int minPercent, int maxPercent) {

	}

	/**
	 * @param median half the tickets got it faster
	 * @param p90 nine in ten got it faster
	 * @param count tickets measured
	 */
	public record ResponseTime(Duration median, Duration p90, long count) {

	}

	/**
	 * @param day the day (in the query's zone)
	 * @param tickets tickets received that day
	 * @param averageScore mean sentiment score in [-1, 1]
	 * @param negativePercent share with a negative or very negative label
	 */
	public record DayPoint(LocalDate day, long tickets, double averageScore, double negativePercent) {

	}

	/**
	 * @param hourOfWeek 0 = Monday 00:00-00:59 ... 167 = Sunday 23:00-23:59 (query's
	 * zone)
	 * @param category the category
	 * @param count tickets
	 */
	public record HeatCell(int hourOfWeek, String category, long count) {

	}

	/**
	 * @param category the category
	 * @param count tickets in the period
	 * @param previousCount tickets in the period before, of the same length
	 * @param growthPercent growth in percent; empty when the previous period had none
	 */
	public record TopicGrowth(String category, long count, long previousCount,
			java.util.Optional<Double> growthPercent) {

	}

	/**
	 * @param articleId the article
	 * @param title its title when used
	 * @param answered automatic answers with it
	 * @param escalated of those, sent on to a person by the customer
	 */
	public record ArticleUse(String articleId, String title, long answered, long escalated) {

		public Rate escalation() {
			return new Rate(this.escalated, this.answered);
		}

	}

	/**
	 * @param agent the agent's name (or id)
	 * @param assigned tickets assigned in the period
	 * @param open of those, still open in Tandem's view
	 */
	public record AgentLoad(String agent, long assigned, long open) {

	}

}
