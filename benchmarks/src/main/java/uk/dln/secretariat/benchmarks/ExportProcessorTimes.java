package uk.dln.secretariat.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.export.PackExporter;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Where an export's processor time goes: the decade's pack exported again and again in one JVM, each export's
 * wall-clock time, the process's processor time, the export thread's, the collector's pauses and the JIT compilers'
 * time; then each kind of thread's processor time (from {@code /proc}) over the last ten exports, the collector's
 * and compilers' threads among them. Linux only.
 * {@code java -cp ... uk.dln.secretariat.benchmarks.ExportProcessorTimes [SCALE] [EXPORTS]}
 */
public final class ExportProcessorTimes {

    private static final int LAST = 10;
    private static final long MILLISECONDS_A_TICK = 10;

    private ExportProcessorTimes() {
    }

    public static void main(String[] args) throws Exception {
        String scale = args.length > 0 ? args[0] : "1";
        int exports = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Path file = Decade.freshCopy(scale);
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        var compiler = ManagementFactory.getCompilationMXBean();
        Map<String, Long> before = Map.of();
        try (var workspace = Workspace.open(file)) {
            Path out = Files.createDirectories(file.resolveSibling("out"));
            for (int i = 1; i <= exports; i++) {
                if (i == exports - LAST + 1) {
                    before = threadTimes();
                }
                System.gc();
                long wall = System.nanoTime();
                long process = system.getProcessCpuTime();
                long own = threads.getCurrentThreadCpuTime();
                long paused = pauses();
                long compiled = compiler.getTotalCompilationTime();
                new PackExporter().export(workspace.data(), Decade.LAST_DAY, EnumSet.allOf(PackSection.class), out,
                        Progress.none());
                System.out.printf("export %d: wall %d ms, process %d ms, export thread %d ms, collector pauses %d ms,"
                        + " compilers %d ms%n", i, (System.nanoTime() - wall) / 1_000_000,
                        (system.getProcessCpuTime() - process) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - own) / 1_000_000, pauses() - paused,
                        compiler.getTotalCompilationTime() - compiled);
            }
        } finally {
            Decade.deleteFolderOf(file);
        }
        var after = threadTimes();
        System.out.printf("processor time an export over the last %d, by thread (threads that ended are not counted:"
                + " the chart threads):%n", LAST);
        for (var entry : after.entrySet()) {
            long time = (entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) / LAST;
            if (time > 0) {
                System.out.printf("  %-20s %5d ms%n", entry.getKey(), time);
            }
        }
    }

    private static long pauses() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Processor time in milliseconds by thread name, numbers dropped ("GC Thread#1" counts as "GC Thread#"). */
    private static Map<String, Long> threadTimes() throws IOException {
        Map<String, Long> times = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime, the 14th and 15th fields of stat, in clock ticks.
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                times.merge(name, ticks * MILLISECONDS_A_TICK, Long::sum);
            }
        }
        return times;
    }
}
