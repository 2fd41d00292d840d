package dev.tandem.kb.elasticsearch;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code kb-indexer reindex [--store NAME] [--delete-old]}: rebuilds stores with the
 * mapping of this build, without downtime (see {@link IndexLifecycle#rebuild}).
 */
@Component
@Command(name = "reindex", mixinStandardHelpOptions = true, description = {
		"Rebuild indices with this version's mapping, without downtime: copy into <alias>-v(N+1),",
		"catch up with writes made meanwhile, switch the alias atomically. The old index is kept for rollback." })
public class ReindexCommand implements Callable<Integer> {

	@Option(names = "--store", defaultValue = "all", paramLabel = "NAME",
			description = "what to rebuild: all (default), articles, or a single store such as article-versions")
	String store;

	@Option(names = "--delete-old", description = "delete the indices the aliases no longer point to afterwards")
	boolean deleteOld;

	private final IndexLifecycle lifecycle;

	private final ObjectProvider<ManagedIndex> managedIndices;

	private final PrintStream out;

	private final PrintStream err;

	@Autowired
	public ReindexCommand(IndexLifecycle lifecycle, ObjectProvider<ManagedIndex> managedIndices) {
		this(lifecycle, managedIndices, System.out, System.err);
	}

	ReindexCommand(IndexLifecycle lifecycle, ObjectProvider<ManagedIndex> managedIndices, PrintStream out,
			PrintStream err) {
		this.lifecycle = lifecycle;
		this.managedIndices = managedIndices;
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		List<ManagedIndex> all = this.managedIndices.orderedStream().toList();
		List<ManagedIndex> selected = all.stream().filter((index) -> index.isSelectedBy(this.store)).toList();
		if (selected.isEmpty()) {
			this.err.println("No store named '" + this.store + "'. Known: all, " + String.join(", ",
					all.stream().flatMap((i) -> List.of(i.group(), i.store()).stream()).distinct().toList()));
			return 2;
		}
		try {
			for (ManagedIndex index : selected) {
				rebuild(index);
			}
			return 0;
		}
		catch (IndexLifecycleException ex) {
			this.err.println("reindex failed: " + ex.getMessage());
			this.err.println("The aliases still point to the indices they pointed to before; nothing was lost.");
			return 1;
		}
	}

	private void rebuild(ManagedIndex index) {
		this.out.println(index.store() + ": rebuilding");
		RebuildResult result = this.lifecycle.rebuild(index.store(), index.mappingResource(), this::print);
		if (result.previousIndex().isEmpty()) {
			this.out.println(index.store() + ": did not exist, created " + result.currentIndex());
		}
		else {
			this.out.printf("%s: %s -> %s, %d documents copied, %d caught up, %.1f s%n", index.store(),
					result.previousIndex().get(), result.currentIndex(), result.copied(), result.caughtUp(),
					result.duration().toMillis() / 1000.0);
		}
		if (this.deleteOld) {
			List<String> deleted = this.lifecycle.deleteRetired(index.store());
			this.out
				.println(index.store() + ": deleted " + (deleted.isEmpty() ? "nothing" : String.join(", ", deleted)));
		}
		else if (result.previousIndex().isPresent()) {
			this.out.println(index.store() + ": kept " + result.previousIndex().get()
					+ " for rollback (--delete-old removes it)");
		}
	}

	private void print(RebuildStatus status) {
		switch (status.phase()) {
			case COPYING -> this.out.printf("%s: copied %d of %d%n", status.store(), status.copied(), status.total());
			case CATCHING_UP, SWITCHING -> {
				if (status.copied() > 0) {
					this.out.printf("%s: copied %d written meanwhile%n", status.store(), status.copied());
				}
			}
			case SWITCHED -> {
			}
		}
	}

}
