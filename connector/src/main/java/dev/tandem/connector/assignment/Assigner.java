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
import java.util.function.Supplier;

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

	private final Supplier<Routing> roster;

	private final AgentPools pools;

	private final Workload workload;

	private final Clock clock;

	private final Map<String, Long> lastPicked = new ConcurrentHashMap<>();

	private long picks;

	/**
	 * @param roster the roster in force, asked on every ticket (so an edit applies to the
	 * next one)
	 * @param pools members of a pool under a roster
	 * @param workload open tickets per agent
	 * @param clock now
	 */
	public Assigner(Supplier<Routing> roster, AgentPools pools, Workload workload, Clock clock) {
		this.roster = roster;
		this.pools = pools;
		this.workload = workload;
		this.clock = clock;
	}

	/** Chooses an agent without recording the choice (previews). */
	public AssignmentResult propose(AssignmentRequest request) {
		return choose(request, this.roster.get(), false);
	}

	/**
	 * Chooses an agent under a roster not saved yet (an admin's draft), recording
	 * nothing.
	 */
	public AssignmentResult propose(AssignmentRequest request, Routing draft) {
		return choose(request, draft, false);
	}

	/**
	 * Chooses an agent and counts the ticket towards their workload and the round robin.
	 */
	public AssignmentResult assign(AssignmentRequest request) {
		return choose(request, this.roster.get(), true);
	}

	private synchronized AssignmentResult choose(AssignmentRequest request, Routing routing, boolean record) {
		List<String> reasons = new ArrayList<>();
		String pool = poolFor(request, routing, reasons);
		List<Agent> members = this.pools.pool(routing, pool);
		if (members.isEmpty() && !pool.equals(routing.defaultPool())) {
			reasons.add("Pool '" + pool + "' has no agents: using the default pool '" + routing.defaultPool() + "'.");
			pool = routing.defaultPool();
			members = this.pools.pool(routing, pool);
		}
		if (members.isEmpty()) {
			reasons.add("Pool '" + pool + "' has no agents: the ticket stays unassigned in the team's queue.");
			return AssignmentResult.nobody(pool, reasons);
		}
		Instant now = this.clock.instant();
		List<String> absent = new ArrayList<>();
		List<Agent> present = new ArrayList<>();
		for (Agent agent : members) {
			routing.absence(agent.id(), now)
				.ifPresentOrElse((absence) -> absent
					.add(agent.name() + absence.until().map((last) -> " until " + last).orElse("")
							+ absence.reason().map((why) -> ", " + why).orElse("")),
						() -> present.add(agent));
		}
		if (present.isEmpty()) {
			reasons.add("Everyone in pool '" + pool + "' is away (" + String.join("; ", absent)
					+ "): the ticket stays unassigned in the team's queue.");
			return AssignmentResult.nobody(pool, reasons);
		}
		if (!absent.isEmpty()) {
			reasons.add(absent.size() + " of " + members.size() + " agents in '" + pool + "' are away: "
					+ String.join("; ", absent) + ".");
		}
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
		reasons.add(explain(chosen, request, candidates, open, now));
		if (record) {
			this.lastPicked.put(chosen.id(), ++this.picks);
			this.workload.assigned(chosen.id());
		}
		return new AssignmentResult(Optional.of(chosen.id()), Optional.of(chosen.name()), pool, reasons);
	}

	private static String poolFor(AssignmentRequest request, Routing routing, List<String> reasons) {
		if (request.vip()) {
			reasons.add("VIP ticket: senior pool '" + routing.seniorPool() + "'.");
			return routing.seniorPool();
		}
		Optional<String> categoryPool = request.category().flatMap(routing::poolFor);
		if (categoryPool.isPresent()) {
			reasons.add("Category '" + request.category().get() + "': pool '" + categoryPool.get() + "'.");
			return categoryPool.get();
		}
		reasons.add("Default pool '" + routing.defaultPool() + "'"
				+ request.category()
					.map((category) -> " (category '" + category + "' has no pool of its own)")
					.orElse("")
				+ ".");
		return routing.defaultPool();
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

	private static String explain(Agent chosen, AssignmentRequest request, List<Agent> candidates,
			Map<String, Integer> open, Instant now) {
		int load = open.getOrDefault(chosen.id(), 0);
		long tied = candidates.stream().filter((agent) -> open.getOrDefault(agent.id(), 0) == load).count();
		String local = LOCAL_TIME.format(now.atZone(chosen.timeZone())) + " " + chosen.timeZone();
		String why = (candidates.size() == 1) ? "the only fitting agent"
				: (tied > 1) ? "fewest open tickets (" + load + "), tied with " + (tied - 1)
						+ " other(s): their turn in the round robin" : "fewest open tickets (" + load + ")";
		String fit = (chosen.speaks(request.language()) ? "; speaks '" + request.language() + "'" : "")
				+ request.category()
					.filter((category) -> chosen.skills().contains(category.toLowerCase(Locale.ROOT)))
					.map((category) -> "; knows '" + category + "'")
					.orElse("");
		return "Assigned to " + chosen.name() + ": " + why + fit + "; local time " + local
				+ (chosen.worksAt(now) ? " (working hours)." : " (outside working hours).");
	}

}
