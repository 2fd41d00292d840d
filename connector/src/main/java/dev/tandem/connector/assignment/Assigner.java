package dev.tandem.connector.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Picks the agent for a ticket, like a team lead would: the right pool (VIP -> senior,
 * else the category's pool), not away, working now in their own time zone, speaking the
 * customer's language, knowing the category, with the fewest open tickets; a tie goes to
 * whoever got a ticket from this instance least recently (round robin per instance: each
 * instance rotates on its own, and the workload count, shared through Jira, keeps
 * instances from piling onto one person). Every step that narrows the choice is
 * explained.
 */
public class Assigner {

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

	private final AgentPools pools;

	private final Predicate<String> away;

	private final Workload workload;

	private final AssignmentProperties properties;

	private final Clock clock;

	private final Map<String, Long> lastPicked = new ConcurrentHashMap<>();

	private long picks;

	public Assigner(AgentPools pools, Predicate<String> away, Workload workload, AssignmentProperties properties,
			Clock clock) {
		this.pools = pools;
		this.away = away;
		this.workload = workload;
		this.properties = properties;
		this.clock = clock;
	}

	/** Chooses an agent without recording the choice (previews). */
	public AssignmentResult propose(AssignmentRequest request) {
		return choose(request, false);
	}

	/**
	 * Chooses an agent and counts the ticket towards their workload and the round robin.
	 */
	public AssignmentResult assign(AssignmentRequest request) {
		return choose(request, true);
	}

	private synchronized AssignmentResult choose(AssignmentRequest request, boolean record) {
		List<String> reasons = new ArrayList<>();
		String pool = poolFor(request, reasons);
		List<Agent> members = this.pools.pool(pool);
		if (members.isEmpty() && !pool.equals(this.properties.defaultPool())) {
			reasons.add("Pool '" + pool + "' has no agents: using the default pool '" + this.properties.defaultPool()
					+ "'.");
			pool = this.properties.defaultPool();
			members = this.pools.pool(pool);
		}
		if (members.isEmpty()) {
			reasons.add("Pool '" + pool + "' has no agents: the ticket stays unassigned in the team's queue.");
			return AssignmentResult.nobody(pool, reasons);
		}
		List<Agent> present = members.stream().filter((agent) -> !this.away.test(agent.id())).toList();
		if (present.isEmpty()) {
			reasons.add("Everyone in pool '" + pool + "' is away: the ticket stays unassigned in the team's queue.");
			return AssignmentResult.nobody(pool, reasons);
		}
		if (present.size() < members.size()) {
			reasons.add((members.size() - present.size()) + " of " + members.size() + " agents in '" + pool
					+ "' are away.");
		}
		Instant now = this.clock.instant();
		List<Agent> candidates = present.stream().filter((agent) -> agent.worksAt(now)).toList();
		if (candidates.isEmpty()) {
			reasons.add("Nobody in '" + pool + "' is within working hours now: choosing among all " + present.size()
					+ " present agents.");
			candidates = present;
		}
		candidates = narrow(candidates, (agent) -> agent.speaks(request.language()), reasons,
				"speak" + " '" + request.language() + "'");
		if (request.category().isPresent()) {
			String category = request.category().get();
			candidates = narrow(candidates, (agent) -> agent.skills().contains(category.toLowerCase(Locale.ROOT)),
					reasons, "know '" + category + "'");
		}
		Map<String, Integer> open = this.workload.openTickets(candidates.stream().map(Agent::id).toList());
		Agent chosen = candidates.stream()
			.min(Comparator.<Agent>comparingInt((agent) -> open.getOrDefault(agent.id(), 0))
				.thenComparingLong((agent) -> this.lastPicked.getOrDefault(agent.id(), -1L))
				.thenComparing(Agent::id))
			.orElseThrow();
		reasons.add(explain(chosen, candidates, open, now));
		if (record) {
			this.lastPicked.put(chosen.id(), ++this.picks);
			this.workload.assigned(chosen.id());
		}
		return new AssignmentResult(Optional.of(chosen.id()), Optional.of(chosen.name()), pool, reasons);
	}

	private String poolFor(AssignmentRequest request, List<String> reasons) {
		if (request.vip()) {
			reasons.add("VIP ticket: senior pool '" + this.properties.seniorPool() + "'.");
			return this.properties.seniorPool();
		}
		Optional<String> categoryPool = request.category()
			.flatMap((category) -> Optional.ofNullable(this.properties.categoryPools().get(category)));
		if (categoryPool.isPresent()) {
			reasons.add("Category '" + request.category().get() + "': pool '" + categoryPool.get() + "'.");
			return categoryPool.get();
		}
		reasons.add("Default pool '" + this.properties.defaultPool() + "'"
				+ request.category()
					.map((category) -> " (category '" + category + "' has no pool of its own)")
					.orElse("")
				+ ".");
		return this.properties.defaultPool();
	}

	private static List<Agent> narrow(List<Agent> candidates, Predicate<Agent> wanted, List<String> reasons,
			String what) {
		List<Agent> matching = candidates.stream().filter(wanted).toList();
		if (matching.isEmpty()) {
			reasons.add("Nobody available can " + what + ": not narrowed by it.");
			return candidates;
		}
		if (matching.size() < candidates.size()) {
			reasons.add(matching.size() + " of " + candidates.size() + " available agents " + what + ".");
		}
		return matching;
	}

	private String explain(Agent chosen, List<Agent> candidates, Map<String, Integer> open, Instant now) {
		int load = open.getOrDefault(chosen.id(), 0);
		long tied = candidates.stream().filter((agent) -> open.getOrDefault(agent.id(), 0) == load).count();
		String local = LOCAL_TIME.format(now.atZone(chosen.timeZone())) + " " + chosen.timeZone();
		String why = (candidates.size() == 1) ? "the only fitting agent"
				: (tied > 1) ? "fewest open tickets (" + load + "), tied with " + (tied - 1)
						+ " other(s): their turn in the round robin" : "fewest open tickets (" + load + ")";
		return "Assigned to " + chosen.name() + ": " + why + "; local time " + local
				+ (chosen.worksAt(now) ? " (working hours)." : " (outside working hours).");
	}

}
