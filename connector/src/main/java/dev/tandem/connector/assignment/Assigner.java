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
		List<AssignmentReason> reasons = new ArrayList<>();
		String pool = poolFor(request, routing, reasons);
		List<Agent> members = this.pools.pool(routing, pool);
		if (members.isEmpty() && !pool.equals(routing.defaultPool())) {
			reasons.add(AssignmentReason.of("pool.empty.fallback", pool, routing.defaultPool()));
			pool = routing.defaultPool();
			members = this.pools.pool(routing, pool);
		}
		if (members.isEmpty()) {
			reasons.add(AssignmentReason.of("pool.empty", pool));
			return AssignmentResult.nobody(pool, reasons);
		}
		Instant now = this.clock.instant();
		List<AssignmentReason> absent = new ArrayList<>();
		List<Agent> present = new ArrayList<>();
		for (Agent agent : members) {
			routing.absence(agent.id(), now)
				.ifPresentOrElse((absence) -> absent.add(away(agent, absence)), () -> present.add(agent));
		}
		if (present.isEmpty()) {
			reasons.add(AssignmentReason.of("pool.all-away", pool, absent));
			return AssignmentResult.nobody(pool, reasons);
		}
		if (!absent.isEmpty()) {
			reasons
				.add(AssignmentReason.of("pool.some-away", count(absent.size()), count(members.size()), pool, absent));
		}
		List<Agent> candidates = present.stream().filter((agent) -> agent.worksAt(now)).toList();
		if (candidates.isEmpty()) {
			reasons.add(AssignmentReason.of("outside-hours", pool, count(present.size())));
			candidates = present;
		}
		candidates = narrow(candidates, (agent) -> agent.speaks(request.language()), reasons, "language",
				request.language());
		if (request.category().isPresent()) {
			String category = request.category().get();
			candidates = narrow(candidates, (agent) -> agent.skills().contains(category.toLowerCase(Locale.ROOT)),
					reasons, "category", category);
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
		return AssignmentResult.explained(Optional.of(chosen.id()), Optional.of(chosen.name()), pool, reasons);
	}

	private static String poolFor(AssignmentRequest request, Routing routing, List<AssignmentReason> reasons) {
		if (request.vip()) {
			reasons.add(AssignmentReason.of("pool.vip", routing.seniorPool()));
			return routing.seniorPool();
		}
		Optional<String> categoryPool = request.category().flatMap(routing::poolFor);
		if (categoryPool.isPresent()) {
			reasons.add(AssignmentReason.of("pool.category", request.category().get(), categoryPool.get()));
			return categoryPool.get();
		}
		reasons.add(request.category()
			.map((category) -> AssignmentReason.of("pool.default.no-category-pool", routing.defaultPool(), category))
			.orElseGet(() -> AssignmentReason.of("pool.default", routing.defaultPool())));
		return routing.defaultPool();
	}

	private static AssignmentReason away(Agent agent, Absence absence) {
		if (absence.until().isPresent()) {
			String until = absence.until().get().toString();
			return absence.reason()
				.map((why) -> AssignmentReason.of("away.until.reason", agent.name(), until, why))
				.orElseGet(() -> AssignmentReason.of("away.until", agent.name(), until));
		}
		return absence.reason()
			.map((why) -> AssignmentReason.of("away.reason", agent.name(), why))
			.orElseGet(() -> AssignmentReason.of("away", agent.name()));
	}

	/**
	 * @param what {@code language} or {@code category}: which message explains it
	 */
	private static List<Agent> narrow(List<Agent> candidates, Predicate<Agent> wanted, List<AssignmentReason> reasons,
			String what, String value) {
		List<Agent> matching = candidates.stream().filter(wanted).toList();
		if (matching.isEmpty()) {
			reasons.add(AssignmentReason.of("narrow.none." + what, value));
			return candidates;
		}
		if (matching.size() < candidates.size()) {
			reasons.add(AssignmentReason.of("narrow.some." + what, count(matching.size()), count(candidates.size()),
					value));
		}
		return matching;
	}

	private static AssignmentReason explain(Agent chosen, AssignmentRequest request, List<Agent> candidates,
			Map<String, Integer> open, Instant now) {
		int load = open.getOrDefault(chosen.id(), 0);
		long tied = candidates.stream().filter((agent) -> open.getOrDefault(agent.id(), 0) == load).count();
		String local = LOCAL_TIME.format(now.atZone(chosen.timeZone())) + " " + chosen.timeZone();
		AssignmentReason why = (candidates.size() == 1) ? AssignmentReason.of("why.only")
				: (tied > 1) ? AssignmentReason.of("why.tied", count(load), count(tied - 1))
						: AssignmentReason.of("why.fewest", count(load));
		Object speaks = chosen.speaks(request.language()) ? AssignmentReason.of("fit.speaks", request.language()) : "";
		Object knows = request.category()
			.filter((category) -> chosen.skills().contains(category.toLowerCase(Locale.ROOT)))
			.<Object>map((category) -> AssignmentReason.of("fit.knows", category))
			.orElse("");
		return AssignmentReason.of("chosen", chosen.name(), why, speaks, knows, local,
				AssignmentReason.of(chosen.worksAt(now) ? "hours.in" : "hours.out"));
	}

	/** Counts as plain digits (no grouping), as in every language's reasons. */
	private static String count(long value) {
		return Long.toString(value);
	}

}
