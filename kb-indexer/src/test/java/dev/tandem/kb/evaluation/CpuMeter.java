package dev.tandem.kb.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the CPU went during a measured stretch: this JVM (all its threads, ONNX Runtime's
 * native ones included), its threads by name group, the Elasticsearch process, and the
 * whole machine (other engineers' work included). Linux only ({@code /proc}).
 */
final class CpuMeter {

	private static final double TICKS_PER_SECOND = 100.0;

	private final Optional<Long> elasticsearchPid;

	private final long startNanos;

	private final double machineBusyStart;

	private final double machineTotalStart;

	private final double jvmStart;

	private final double elasticsearchStart;

	private final Map<String, Double> threadsStart;

	private CpuMeter(Optional<Long> elasticsearchPid) {
		this.elasticsearchPid = elasticsearchPid;
		this.startNanos = System.nanoTime();
		double[] machine = machine();
		this.machineBusyStart = machine[0];
		this.machineTotalStart = machine[1];
		this.jvmStart = processSeconds(ProcessHandle.current().pid());
		this.elasticsearchStart = elasticsearchPid.map(CpuMeter::processSeconds).orElse(0.0);
		this.threadsStart = threadGroups();
	}

	static CpuMeter start(Optional<Long> elasticsearchPid) {
		return new CpuMeter(elasticsearchPid);
	}

	/** CPU seconds of this JVM since the start. */
	double jvmSeconds() {
		return processSeconds(ProcessHandle.current().pid()) - this.jvmStart;
	}

	/** CPU seconds of Elasticsearch since the start (0 for an external cluster). */
	double elasticsearchSeconds() {
		return this.elasticsearchPid.map(CpuMeter::processSeconds).orElse(0.0) - this.elasticsearchStart;
	}

	/**
	 * CPU seconds since the start: wall, machine busy (all cores), this JVM,
	 * Elasticsearch, and the JVM's threads by group.
	 */
	String describe() {
		double wall = (System.nanoTime() - this.startNanos) / 1e9;
		double[] machine = machine();
		double cores = Runtime.getRuntime().availableProcessors();
		double machineBusy = (machine[0] - this.machineBusyStart) / TICKS_PER_SECOND;
		double machineTotal = (machine[1] - this.machineTotalStart) / TICKS_PER_SECOND;
		double jvm = processSeconds(ProcessHandle.current().pid()) - this.jvmStart;
		double elasticsearch = this.elasticsearchPid.map(CpuMeter::processSeconds).orElse(0.0)
				- this.elasticsearchStart;
		StringBuilder threads = new StringBuilder();
		threadGroups().forEach((group, seconds) -> {
			double used = seconds - this.threadsStart.getOrDefault(group, 0.0);
			if (used >= 0.05) {
				threads.append(threads.isEmpty() ? "" : ", ").append("%s %.1f".formatted(group, used));
			}
		});
		return ("wall %.1f s; CPU seconds: machine %.1f of %.1f (%.0f %% busy), this JVM %.1f (threads: %s; "
				+ "the rest: threads that ended), Elasticsearch %.1f, others %.1f")
			.formatted(wall, machineBusy, (machineTotal > 0) ? machineTotal : wall * cores,
					100 * machineBusy / Math.max(machineTotal, 1e-9), jvm, threads, elasticsearch,
					Math.max(0, machineBusy - jvm - elasticsearch));
	}

	/**
	 * Threads' CPU seconds by name with digits removed ("pool-3-thread-1" ->
	 * "pool-thread"), from /proc: Java threads (names cut to 15 characters by Linux) and
	 * the JVM's and ONNX Runtime's native ones (JIT compilers, garbage collector).
	 * Threads that ended before the measurement's end are not listed.
	 */
	private static Map<String, Double> threadGroups() {
		Map<String, Double> groups = new TreeMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			tasks.forEach((task) -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
					if (seconds > 0) {
						groups.merge(name.replaceAll("[0-9]+", "").replaceAll("-+", "-").strip(), seconds, Double::sum);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			});
		}
		catch (IOException ex) {
			// not Linux: no breakdown
		}
		return groups;
	}

	/** utime + stime of a process, in seconds. */
	private static double processSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** Busy and total jiffies of all cores. */
	private static double[] machine() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			double total = 0;
			for (int i = 1; i < Math.min(fields.length, 9); i++) {
				total += Double.parseDouble(fields[i]);
			}
			double idle = Double.parseDouble(fields[4]) + Double.parseDouble(fields[5]);
			return new double[] { total - idle, total };
		}
		catch (IOException | RuntimeException ex) {
			return new double[] { 0, 0 };
		}
	}

}
