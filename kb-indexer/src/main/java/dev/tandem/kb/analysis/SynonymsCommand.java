package dev.tandem.kb.analysis;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

/** {@code kb-indexer synonyms list|add|remove}: the knowledge base's synonym list. */
@Component
@Command(name = "synonyms", mixinStandardHelpOptions = true,
		description = { "Show or change the knowledge base's synonyms (applied to questions at search time).",
				"  synonyms list", "  synonyms add \"refund, money back, reimbursement\"",
				"  synonyms remove refund      (removes every group containing the term)" })
public class SynonymsCommand implements Callable<Integer> {

	enum Action {

		list, add, remove

	}

	@Parameters(index = "0", paramLabel = "ACTION", description = "list, add or remove")
	Action action;

	@Parameters(index = "1..*", paramLabel = "TERMS", arity = "0..*",
			description = "add: terms separated by commas; remove: one term")
	List<String> terms = List.of();

	private final SynonymStore store;

	public SynonymsCommand(SynonymStore store) {
		this.store = store;
	}

	@Override
	public Integer call() {
		try {
			return switch (this.action) {
				case list -> list();
				case add -> add();
				case remove -> remove();
			};
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println("synonyms " + this.action + " failed: " + ex.getMessage());
			return 1;
		}
	}

	private int list() {
		List<SynonymGroup> groups = this.store.groups();
		if (groups.isEmpty()) {
			System.out.println("No synonyms.");
		}
		groups.forEach(System.out::println);
		return 0;
	}

	private int add() {
		SynonymGroup group = SynonymGroup.parse(String.join(",", this.terms));
		this.store.add(group);
		System.out.println("Added: " + group);
		return 0;
	}

	private int remove() {
		if (this.terms.size() != 1) {
			System.err.println("synonyms remove needs exactly one term");
			return 2;
		}
		int removed = this.store.removeContaining(this.terms.get(0));
		System.out.println("Removed " + removed + " group(s).");
		return 0;
	}

}
