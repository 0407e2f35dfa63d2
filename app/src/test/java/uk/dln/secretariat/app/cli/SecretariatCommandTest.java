package uk.dln.secretariat.app.cli;

import uk.dln.secretariat.app.core.export.PackGatherer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.demo.RoadmapDemoData;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceFixtures;

class SecretariatCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void versionPrintsTheProductVersion() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out.toString().startsWith("Secretariat "), out.toString());
    }

    @Test
    void initCreatesAWorkspaceThatCheckPasses() {
        Path file = folder.resolve("new.secretariat");
        assertEquals(ExitCodes.OK, run("--workspace", file.toString(), "init"));
        assertTrue(Files.isRegularFile(file));

        assertEquals(ExitCodes.OK, run("check", "--workspace", file.toString()));
        assertTrue(err.toString().contains("Integrity check passed"), err.toString());
    }

    @Test
    void checkRefusesAWorkspaceFromTheFutureAndLeavesItUntouched() throws Exception {
        Path file = WorkspaceFixtures.workspaceFromTheFuture(folder);
        List<String> before = WorkspaceFixtures.fingerprint(folder);

        int status = run("check", "-w", file.toString());

        assertEquals(ExitCodes.NEWER_WORKSPACE, status);
        assertTrue(err.toString().contains("newer version of Secretariat"), err.toString());
        assertEquals(before, WorkspaceFixtures.fingerprint(folder));
    }

    @Test
    void checkOfAFileThatIsNotAWorkspaceSaysSo() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "hello");
        assertEquals(ExitCodes.DAMAGED_WORKSPACE, run("check", "-w", file.toString()));
        assertTrue(err.toString().contains("is not a Secretariat workspace"), err.toString());
    }

    @Test
    void checkOfAMissingFileIsAnUnusableWorkspace() {
        assertEquals(ExitCodes.UNUSABLE_WORKSPACE, run("check", "-w", folder.resolve("none").toString()));
    }

    @Test
    void demoFillsTheReferenceOrganisationsOnce() {
        Path file = folder.resolve("demo.secretariat");
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "init"));
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "demo"));
        int organisations;
        try (var workspace = Workspace.open(file)) {
            organisations = workspace.organisations().findAll().size();
        }
        assertEquals(29, organisations);

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "demo"));
        try (var workspace = Workspace.open(file)) {
            assertEquals(organisations, workspace.organisations().findAll().size());
        }
    }

    @Test
    void standardOrganisationsAddsOnlyTheOrganisationsTheWorkspaceDoesNotHaveYet() {
        Path file = folder.resolve("standard.secretariat");
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "init"));
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Cabinet Office", "CO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "standard-organisations"));
        assertTrue(err.toString().contains("28 organisations from the standard list were added"), err.toString());
        try (var workspace = Workspace.open(file)) {
            assertEquals(29, workspace.organisations().findAll().size());
        }

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "standard-organisations"));
        assertTrue(err.toString().contains("nothing was added"), err.toString());
    }

    @Test
    void theDemoHasTwoIssuedPacksAndTheNextPackShowsRealMovementSinceTheLatest() {
        Path file = folder.resolve("demo.secretariat");
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "init"));
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "demo"));
        try (var workspace = Workspace.open(file)) {
            var issued = workspace.roadmaps().issuedPacks().findAll();
            assertEquals(2, issued.size());
            var request = PackGatherer.gather(workspace.data(), null, LocalDate.now(),
                    java.util.EnumSet.allOf(uk.dln.secretariat.model.boardpack.PackSection.class), LocalDate.now());
            assertEquals(issued.get(0).packDate(), request.lastIssued().orElseThrow().packDate());
            var movement = uk.dln.secretariat.model.boardpack.PackMovement.of(request);
            assertTrue(movement.confidence().stream().anyMatch(m -> m.direction()
                    == uk.dln.secretariat.model.boardpack.PackMovement.Direction.DOWN));
            assertTrue(movement.confidence().stream().anyMatch(m -> m.direction()
                    == uk.dln.secretariat.model.boardpack.PackMovement.Direction.UP));
            assertFalse(movement.newReds().isEmpty());
            assertFalse(movement.newSlippage().isEmpty());
        }
    }

    @Test
    void exportWithIssueRecordsWhatThePackSaidAndTheNextPackComparesWithIt() {
        Path file = folder.resolve("small.secretariat");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                    OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
            new RoadmapDemoData().fill(workspace.data(), LocalDate.of(2026, 11, 3));
        }
        Path out = folder.resolve("pack");
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--date", "2026-11-03", "--out",
                out.toString(), "--issue"));
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--date", "2026-12-01", "--out",
                out.toString()));

        assertTrue(err.toString().contains("Recorded the pack for 3/11/2026 as issued."), err.toString());
        try (var workspace = Workspace.open(file)) {
            var issued = workspace.roadmaps().issuedPacks().findAll();
            assertEquals(1, issued.size(), "a draft export records nothing");
            var last = workspace.roadmaps().issuedPacks().lastBefore(LocalDate.of(2026, 12, 1)).orElseThrow();
            assertEquals(LocalDate.of(2026, 11, 3), last.packDate());
            assertEquals(List.of("HM Revenue and Customs"),
                    last.organisations().stream().map(o -> o.organisation()).toList());
            assertEquals(4, last.milestones().size());
            assertEquals(3, last.risks().size());
        }
    }

    @Test
    void demoAfterARunThatWasCutShortSaysItCannotCompleteItAndAddsNothing() {
        Path file = folder.resolve("demo.secretariat");
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "init"));
        try (var workspace = Workspace.open(file)) {
            // As a run killed while adding the people leaves it: some organisations in, the marker of the run set.
            workspace.settings().saveDemoState("started");
            workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }

        assertEquals(ExitCodes.INVALID_INPUT, run("-w", file.toString(), "demo"));

        assertTrue(err.toString().contains("was cut short"), err.toString());
        try (var workspace = Workspace.open(file)) {
            assertEquals(1, workspace.organisations().findAll().size());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("frobnicate"));
    }

    @Test
    void exportWritesThePackAndTrackersOfAWorkspaceIntoAFolder() {
        Path file = folder.resolve("small.secretariat");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                    OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
            new RoadmapDemoData().fill(workspace.data(), LocalDate.of(2026, 11, 3));
        }
        Path out = folder.resolve("pack");

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--date", "2026-11-03", "--out",
                out.toString(), "--sections", "roadmaps,risks"));

        assertTrue(Files.isRegularFile(out.resolve("Board pack 2026-11-03.docx")), err.toString());
        assertTrue(Files.isRegularFile(out.resolve("Trackers 2026-11-03.xlsx")));
        assertTrue(err.toString().contains("Wrote "), err.toString());
    }

    @Test
    void exportIntoAFolderThatCannotBeMadeFailsWithItsOwnExitCode() throws Exception {
        Path file = folder.resolve("demo.secretariat");
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "init"));
        Path notAFolder = Files.writeString(folder.resolve("taken"), "a file");

        assertEquals(ExitCodes.EXPORT_FAILED, run("-w", file.toString(), "export", "--out", notAFolder.toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }
}
