package uk.dln.secretariat.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Heap with the decade workspace open and what the directory and roadmap screens load held in memory: the live heap
 * after a full collection, and the peak the heap pools reached on the way.
 * {@code java -cp ... uk.dln.secretariat.benchmarks.HeapProbe [SCALE]}
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String scale = args.length > 0 ? args[0] : "1";
        Path file = Decade.freshCopy(scale);
        List<Object> held = new ArrayList<>();
        try (var workspace = Workspace.open(file)) {
            held.add(workspace.organisations().findAll());
            held.add(workspace.leaders().findAllWithRoleOn(Decade.LAST_DAY));
            for (var period : workspace.roadmaps().periods().findAll()) {
                held.add(workspace.roadmaps().overview(period.id()));
            }
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("scale %s: %d objects lists held; live heap after GC %.1f MB; sum of heap pools' peaks"
                    + " %.1f MB%n", scale, held.size(), live / 1e6, peak / 1e6);
        } finally {
            Decade.deleteFolderOf(file);
        }
    }
}
