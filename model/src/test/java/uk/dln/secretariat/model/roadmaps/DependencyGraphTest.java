package uk.dln.secretariat.model.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    // 3 depends on 2, 2 depends on 1.
    private final DependencyGraph chain = new DependencyGraph(Map.of(3L, Set.of(2L), 2L, Set.of(1L)));

    @Test
    void dependingOnAMilestoneFurtherUpTheChainIsFine() {
        assertTrue(chain.cycleIfSet(4L, Set.of(3L)).isEmpty());
        assertTrue(chain.cycleIfSet(3L, Set.of(2L, 1L)).isEmpty());
    }

    @Test
    void makingTheFirstDependOnTheLastIsALoopNamedStepByStep() {
        assertEquals(List.of(1L, 3L, 2L, 1L), chain.cycleIfSet(1L, Set.of(3L)));
    }

    @Test
    void twoMilestonesDependingOnEachOtherIsALoop() {
        assertEquals(List.of(1L, 2L, 1L), chain.cycleIfSet(1L, Set.of(2L)));
    }

    @Test
    void aDiamondIsNotALoop() {
        var diamond = new DependencyGraph(Map.of(4L, Set.of(2L, 3L), 2L, Set.of(1L), 3L, Set.of(1L)));
        assertTrue(diamond.cycleIfSet(5L, Set.of(4L, 1L)).isEmpty());
    }
}
