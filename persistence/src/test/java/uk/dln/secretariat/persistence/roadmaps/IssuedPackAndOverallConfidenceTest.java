package uk.dln.secretariat.persistence.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.IssuedPack.ActionState;
import uk.dln.secretariat.model.boardpack.IssuedPack.IndicatorState;
import uk.dln.secretariat.model.boardpack.IssuedPack.MilestoneState;
import uk.dln.secretariat.model.boardpack.IssuedPack.OrganisationState;
import uk.dln.secretariat.model.boardpack.IssuedPack.RiskState;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.persistence.Workspace;

class IssuedPackAndOverallConfidenceTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private RoadmapTestData data;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        data = new RoadmapTestData(workspace, "DfE");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static IssuedPack pack(LocalDate day, DeliveryConfidence confidence) {
        return new IssuedPack(0, day, "Meeting on " + day, "OFFICIAL",
                List.of(new OrganisationState(1, "Department for Education", confidence),
                        new OrganisationState(2, "HM Treasury", null)),
                List.of(new MilestoneState(11, "Department for Education", "Platform live", DeliveryConfidence.AMBER,
                        day.plusMonths(3))),
                List.of(new IndicatorState(21, "Department for Education", "Online", new BigDecimal("12.5"),
                        IndicatorTrack.OFF_TRACK),
                        new IndicatorState(22, "Department for Education", "Unread", null, IndicatorTrack.NO_READINGS)),
                List.of(new RiskState(31, "Department for Education", "Supplier", 16)),
                List.of(new ActionState(41, "A26/10/01", ActionStatus.CLOSED)));
    }

    @Test
    void anIssuedPackReadsBackAsItWasRecorded() {
        var october = pack(LocalDate.of(2026, 10, 1), DeliveryConfidence.AMBER);
        var stored = workspace.roadmaps().issuedPacks().record(october);
        var read = workspace.roadmaps().issuedPacks().lastBefore(LocalDate.of(2026, 11, 5)).orElseThrow();
        assertEquals(october.withId(stored.id()), read);
    }

    @Test
    void aPackComparesWithTheLatestPackIssuedBeforeItsDayNotWithItselfOrLaterOnes() {
        var packs = workspace.roadmaps().issuedPacks();
        packs.record(pack(LocalDate.of(2026, 10, 1), DeliveryConfidence.RED));
        packs.record(pack(LocalDate.of(2026, 11, 5), DeliveryConfidence.AMBER));
        packs.record(pack(LocalDate.of(2026, 12, 3), DeliveryConfidence.GREEN));
        var last = packs.lastBefore(LocalDate.of(2026, 12, 3)).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 5), last.packDate());
        assertEquals(DeliveryConfidence.AMBER, last.organisations().get(0).confidence());
        assertTrue(packs.lastBefore(LocalDate.of(2026, 10, 1)).isEmpty());
        assertEquals(3, packs.findAll().size());
    }

    @Test
    void overallConfidenceKeepsEveryJudgementAndTheLatestStands() {
        var repository = workspace.roadmaps().overallConfidence();
        long roadmap = data.roadmap.id();
        repository.record(new OverallConfidence(0, roadmap, DeliveryConfidence.GREEN, "Funded and staffed",
                LocalDate.of(2026, 9, 1)));
        repository.record(new OverallConfidence(0, roadmap, DeliveryConfidence.AMBER, "Supplier late",
                LocalDate.of(2026, 11, 1)));
        assertEquals(List.of("Supplier late", "Funded and staffed"),
                repository.history(roadmap).stream().map(OverallConfidence::rationale).toList());
        var current = repository.currentByPeriod(data.sr2025.id());
        assertEquals(DeliveryConfidence.AMBER, current.get(roadmap).confidence());
        assertEquals(1, current.size());
    }

    @Test
    void aJudgementNeedsItsRationaleAndARoadmapThatExists() {
        var error = assertThrows(ValidationException.class, () -> new OverallConfidence(0, data.roadmap.id(),
                DeliveryConfidence.RED, " ", LocalDate.of(2026, 11, 1)));
        assertEquals("rationale", error.problems().get(0).field());
        assertThrows(ValidationException.class, () -> workspace.roadmaps().overallConfidence().record(
                new OverallConfidence(0, 999, DeliveryConfidence.RED, "Gone", LocalDate.of(2026, 11, 1))));
    }
}
