package uk.dln.secretariat.app.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.support.WatchedProgress;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.persistence.Workspace;

class DecadeGeneratorTest {

    /** A thousandth of the decade: 10 milestones, 2 indicators, 3 risks, 20 actions, quick to write. */
    private static final double SMALL = 0.001;

    @TempDir
    Path folder;

    @Test
    void tenDecadesOfActionsFitTheReferenceFormatsWithMeetingsCappedBelowNinetyNineAYear() {
        var tenfold = new DecadeGenerator(10, 1);
        assertEquals(960, tenfold.meetingCount());
        assertEquals(120, new DecadeGenerator(1, 1).meetingCount());
        // Every year's meeting numbers and every meeting's action sequence stay within their two and three digits.
        assertTrue(tenfold.meetingCount() / 10 <= 99);
        assertTrue(Math.ceil(DecadeGenerator.ACTIONS * 10.0 / tenfold.meetingCount()) <= 999);
    }

    @Test
    void writesTheStatedNumberOfEachRecordAtASmallScale() {
        Path file = folder.resolve("small.secretariat");
        DecadeSummary summary = new DecadeGenerator(SMALL, 1).generate(file);

        assertEquals(new DecadeSummary(1, 1, summary.memberships(), summary.declarations(), 4, 10,
                summary.milestoneChanges(), 2, summary.readings(), 3, 1, 20, summary.actionUpdates(), 1, 21), summary);
        try (var workspace = Workspace.open(file)) {
            assertEquals(1, workspace.organisations().findAll().size());
            assertEquals(1, workspace.leaders().findAll().size());
            assertEquals(10, allMilestones(workspace).size());
            assertEquals(1, workspace.meetings().findAll().size());
            assertEquals(20, workspace.actions().forMeeting(workspace.meetings().findAll().get(0).id()).size());
            var round = workspace.selfAssessment().rounds().get(0);
            assertEquals(21, workspace.selfAssessment().ratings(round.id()).size(), "every approach rated");
        }
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        Path first = folder.resolve("first.secretariat");
        Path second = folder.resolve("second.secretariat");
        assertEquals(new DecadeGenerator(SMALL, 7).generate(first), new DecadeGenerator(SMALL, 7).generate(second));
        try (var a = Workspace.open(first)) {
            List<Milestone> expected = allMilestones(a);
            try (var b = Workspace.open(second)) {
                assertEquals(expected, allMilestones(b));
            }
        }
    }

    @Test
    void refusesAWorkspaceThatAlreadyHoldsRecords() {
        Path file = folder.resolve("used.secretariat");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Cabinet Office", "CO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }

        var error = assertThrows(SecretariatException.class, () -> new DecadeGenerator(SMALL, 1).generate(file));
        assertEquals("generate.error.notEmpty", error.messageKey());
    }

    @Test
    void reportsEachPartItHasWritten() {
        Path file = folder.resolve("watched.secretariat");
        var progress = WatchedProgress.watching();

        new DecadeGenerator(SMALL, 1).generate(clock -> Workspace.openForBulkLoad(file, clock), progress);

        assertEquals(List.of("0/4", "1/4", "2/4", "3/4", "4/4"), progress.updates());
    }

    @Test
    void stopsAfterThePartItWasWritingWhenCancelled() {
        Path file = folder.resolve("cancelled.secretariat");
        var progress = WatchedProgress.cancellingAfter(1);

        assertThrows(CancelledException.class,
                () -> new DecadeGenerator(SMALL, 1).generate(clock -> Workspace.openForBulkLoad(file, clock), progress));

        assertEquals(List.of("0/4", "1/4"), progress.updates());
        try (var workspace = Workspace.open(file)) {
            assertEquals(1, workspace.organisations().findAll().size(), "the directory was written");
            assertTrue(allMilestones(workspace).isEmpty(), "no milestone after the cancel");
            assertTrue(workspace.meetings().findAll().isEmpty(), "no meeting after the cancel");
        }
    }

    private static List<Milestone> allMilestones(Workspace workspace) {
        return workspace.roadmaps().periods().findAll().stream()
                .flatMap(period -> workspace.roadmaps().milestones().findByPeriod(period.id()).stream()).toList();
    }
}
