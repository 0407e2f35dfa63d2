package uk.dln.secretariat.model.roadmaps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which milestones depend on which. A dependency that would close a loop is refused, since a loop would mean no
 * milestone in it could ever be met first.
 */
public final class DependencyGraph {

    private final Map<Long, Set<Long>> dependsOn = new HashMap<>();

    /** @param edges each milestone id with the ids it depends on */
    public DependencyGraph(Map<Long, Set<Long>> edges) {
        edges.forEach((id, deps) -> dependsOn.put(id, new HashSet<>(deps)));
    }

    /**
     * The loop that giving {@code milestoneId} these dependencies would make, as ids from the milestone back to
     * itself; empty when there is none.
     */
    public List<Long> cycleIfSet(long milestoneId, Set<Long> newDependencies) {
        for (long start : newDependencies) {
            List<Long> path = pathTo(start, milestoneId);
            if (!path.isEmpty()) {
                var cycle = new ArrayList<Long>();
                cycle.add(milestoneId);
                cycle.addAll(path);
                return cycle;
            }
        }
        return List.of();
    }

    /** Ids along a dependency path from {@code from} to {@code to}, both included; empty when unreachable. */
    private List<Long> pathTo(long from, long to) {
        var previous = new HashMap<Long, Long>();
        var queue = new ArrayDeque<Long>();
        var seen = new HashSet<Long>();
        queue.add(from);
        seen.add(from);
        while (!queue.isEmpty()) {
            long current = queue.poll();
            if (current == to) {
                var path = new ArrayList<Long>();
                for (Long step = current; step != null; step = previous.get(step)) {
                    path.add(step);
                }
                Collections.reverse(path);
                return path;
            }
            for (long next : dependsOn.getOrDefault(current, Set.of())) {
                if (seen.add(next)) {
                    previous.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}
