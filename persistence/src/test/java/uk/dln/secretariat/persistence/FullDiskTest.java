package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** When the disk fills, the change being saved is refused with a message that says so, and nothing saved is lost. */
class FullDiskTest {

    private static final String LONG_NOTES = "n".repeat(Organisation.NOTES_MAX);

    @TempDir
    Path folder;

    @Test
    void aWorkspaceThatCannotGrowRefusesTheSaveAndKeepsEverythingSavedBefore() throws Exception {
        Path file = folder.resolve("full.secretariat");
        Workspace.open(file).close();
        int pages = pageCount(file);

        var saved = new ArrayList<Long>();
        SecretariatException refusal = null;
        // SQLite's own limit on the file's size: writing past it fails exactly as a full disk does (SQLITE_FULL).
        try (var workspace = Workspace.open(file, Clock.systemDefaultZone(), config -> config.setMaxPageCount(pages + 6))) {
            for (int n = 0; n < 100 && refusal == null; n++) {
                try {
                    saved.add(workspace.organisations().save(body(n)).id());
                } catch (SecretariatException e) {
                    refusal = e;
                }
            }
        }

        assertTrue(refusal != null, "the workspace never filled");
        assertEquals("workspace.error.diskFull", refusal.messageKey());
        assertTrue(saved.size() >= 1, "some saves fitted before the disk filled");
        assertEverythingSavedIsThere(file, saved);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the file-size limit is set with the POSIX shell's ulimit")
    void aProcessThatHitsTheFileSizeLimitLosesNothingItSaved() throws Exception {
        Path file = folder.resolve("limited.secretariat");
        Workspace.open(file).close();
        // ulimit -f counts 512-byte blocks in sh: allow the workspace, its log and a few dozen long records.
        long blocks = (java.nio.file.Files.size(file) + 48 * 1024) / 512;

        var saved = new ArrayList<Long>();
        String refusal;
        try (var child = ChildProcess.start("ulimit -f " + blocks + ";", file.toString(), "fill")) {
            assertEquals("writable", child.nextLine());
            for (String line = child.nextLine(); ; line = child.nextLine()) {
                if (!line.startsWith("saved ")) {
                    refusal = line;
                    break;
                }
                saved.add(Long.parseLong(line.substring("saved ".length())));
            }
        }

        // The operating system reports a partial write (SQLite: disk full) or a failed one (an I/O error).
        assertTrue(Set.of("refused workspace.error.diskFull", "refused workspace.error.io").contains(refusal), refusal);
        assertEverythingSavedIsThere(file, saved);
    }

    private static void assertEverythingSavedIsThere(Path file, List<Long> saved) {
        assertTrue(Workspace.check(file).intact());
        try (var workspace = Workspace.open(file)) {
            for (long id : saved) {
                assertTrue(workspace.organisations().find(id).isPresent(), "organisation " + id);
            }
            assertEquals(saved.size(), workspace.organisations().findAll().size(), "the refused one is not there");
            assertEquals(saved.size(), workspace.audit().find(new AuditQuery("organisation", null, null, null, null,
                    null, AuditQuery.DEFAULT_LIMIT)).size(), "and nor is its audit entry");
        }
    }

    private static Organisation body(int n) {
        return new Organisation(0, "Body " + n, "B" + n, OrganisationKind.CENTRAL_UNIT, null, true, LONG_NOTES);
    }

    private static int pageCount(Path file) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = connection.createStatement().executeQuery("PRAGMA page_count")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
