package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceFixtures;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;
import uk.dln.secretariat.persistence.files.Temporaries;

/**
 * Commands refuse what is not a sound workspace with the exit status that says why, and create nothing: only
 * {@code init} makes a workspace.
 */
class WorkspaceRefusalCommandsTest {

    private static final String SHORT_NAMES = "sqlite_autoindex_organisation_1";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private List<String> everythingIn(Path where) throws Exception {
        try (Stream<Path> files = Files.walk(where)) {
            return files.map(where::relativize).map(Path::toString).sorted().toList();
        }
    }

    private Path workspaceWith(String... shortNames) {
        Path file = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(file)) {
            for (String shortName : shortNames) {
                workspace.organisations().save(Organisation.create("Body " + shortName, shortName,
                        OrganisationKind.CENTRAL_UNIT));
            }
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "demo", "backup", "restore", "restore --latest", "export --out pack"})
    void aCommandOnAPathWithNoWorkspaceExitsFiveAndCreatesNothing(String command) throws Exception {
        Path missing = folder.resolve("Mistyped").resolve("Network.secretariat");
        var args = new java.util.ArrayList<>(List.of("-w", missing.toString()));
        for (String word : command.split(" ")) {
            args.add(word.equals("pack") ? folder.resolve("pack").toString() : word);
        }

        assertEquals(ExitCodes.UNUSABLE_WORKSPACE, run(args.toArray(String[]::new)), err.toString());

        assertTrue(err.toString().contains("There is no workspace at " + missing), err.toString());
        assertEquals(List.of(""), everythingIn(folder));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "export"})
    void anEmptyFileIsNotAWorkspaceAndStaysEmpty(String command) throws Exception {
        Path empty = Files.createFile(folder.resolve("Empty.secretariat"));

        int status = command.equals("check") ? run("-w", empty.toString(), "check")
                : run("-w", empty.toString(), "export", "--out", folder.resolve("pack").toString());

        assertEquals(ExitCodes.DAMAGED_WORKSPACE, status, err.toString());
        assertTrue(err.toString().contains("is an empty file"), err.toString());
        assertEquals(0, Files.size(empty));
        assertEquals(List.of("", "Empty.secretariat"), everythingIn(folder));
    }

    @Test
    void checkOnAFolderSaysItIsAFolder() {
        assertEquals(ExitCodes.UNUSABLE_WORKSPACE, run("-w", folder.toString(), "check"));

        assertTrue(err.toString().contains(folder + " is a folder"), err.toString());
    }

    @Test
    void checkLeavesNoLockFileAndNoLogBeside() throws Exception {
        Path file = workspaceWith("HO");
        Files.delete(file.resolveSibling(file.getFileName() + ".lock"));
        var before = WorkspaceFixtures.fingerprint(folder);

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "check"));

        assertEquals(before, WorkspaceFixtures.fingerprint(folder));
    }

    @Test
    void exportOfADamagedWorkspaceExitsFourWithoutMakingItsFolder() throws Exception {
        Path file = workspaceWith("HOMEOFFICE", "CABINETOFFICE");
        WorkspaceFixtures.damageIndex(file, SHORT_NAMES, "CABINETOFFICE");
        Path pack = folder.resolve("pack");

        assertEquals(ExitCodes.DAMAGED_WORKSPACE, run("-w", file.toString(), "export", "--out", pack.toString()));

        assertFalse(Files.exists(pack));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "backup", "init", "demo"})
    void aWorkspaceWithADamagedIndexIsRefusedAsDamaged(String command) throws Exception {
        Path file = workspaceWith("HOMEOFFICE", "CABINETOFFICE");
        WorkspaceFixtures.damageIndex(file, SHORT_NAMES, "CABINETOFFICE");
        String damaged = WorkspaceFixtures.fingerprintOf(file);

        assertEquals(ExitCodes.DAMAGED_WORKSPACE, run("-w", file.toString(), command), err.toString());

        assertEquals(damaged, WorkspaceFixtures.fingerprintOf(file));
        assertEquals(List.of(), Workspace.backupsOf(file).list());
    }

    @Test
    void restoreLatestFallsBackPastEmptyAndDamagedNewerBackupsToTheNewestGoodOne() throws Exception {
        Path file = workspaceWith("HOMEOFFICE");
        Backup good;
        try (var workspace = Workspace.open(file)) {
            good = workspace.backups().create(BackupKind.MANUAL);
        }
        Path backups = good.file().getParent();
        Path damaged = Files.copy(good.file(), backups.resolve("Network 2099-01-01 10-00-00 manual.backup"));
        WorkspaceFixtures.damageIndex(damaged, SHORT_NAMES, "HOMEOFFICE");
        Files.createFile(backups.resolve("Network 2099-01-01 11-00-00 manual.backup"));
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Cabinet Office", "CO", OrganisationKind.CENTRAL_UNIT));
        }

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "restore", "--latest"), err.toString());

        assertTrue(err.toString().contains(good.file().getFileName().toString()), err.toString());
        try (var workspace = Workspace.open(file)) {
            assertEquals(List.of("HOMEOFFICE"),
                    workspace.organisations().findAll().stream().map(Organisation::shortName).toList());
        }
    }

    @Test
    void exportOfAWorkspaceWithACorruptStoredDateExitsFourNamingTheRecord() throws Exception {
        Path file = workspaceWith("HO");
        long id;
        try (var workspace = Workspace.open(file)) {
            id = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), 120,
                    "10 Whitehall", null, ProtectiveMarking.OFFICIAL)).id();
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE meeting SET meeting_on = '2026-13-45' WHERE id = " + id);
        }

        assertEquals(ExitCodes.DAMAGED_WORKSPACE, run("-w", file.toString(), "export", "--out",
                folder.resolve("pack").toString()), err.toString());

        assertTrue(err.toString().contains("record meeting " + id + " holds \"2026-13-45\" in meeting_on"),
                err.toString());
    }

    @Test
    void exportDeletesWhatAnInterruptedExportLeftInItsFolder() throws Exception {
        Path file = workspaceWith("HO");
        Path pack = Files.createDirectories(folder.resolve("pack"));
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path leftover = Files.writeString(pack.resolve("Board pack 2026-11-03.docx.tmp-" + ended.pid() + "-"
                + Temporaries.host() + "-1.part"), "cut short");

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--date", "2026-11-03", "--out",
                pack.toString()), err.toString());

        assertFalse(Files.exists(leftover));
        assertEquals(List.of("", "Board pack 2026-11-03.docx", "Trackers 2026-11-03.xlsx"), everythingIn(pack));
    }
}
