package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void anUnknownCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("frobnicate"));
    }
}
