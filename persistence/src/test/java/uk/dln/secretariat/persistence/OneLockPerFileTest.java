package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The single-writer lock belongs to the file, whatever path reached it. */
class OneLockPerFileTest {

    @TempDir
    Path folder;

    private Path workspace() throws Exception {
        Files.createDirectories(folder.resolve("real"));
        Path file = folder.resolve("real").resolve("Network.secretariat");
        Workspace.open(file).close();
        return file;
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need privileges there")
    void aCopyOpenedThroughASymbolicLinkIsReadOnlyWhileAnotherHasTheFile() throws Exception {
        Path file = workspace();
        Path link = Files.createSymbolicLink(folder.resolve("Link.secretariat"), file);

        try (var first = Workspace.open(file); var second = Workspace.open(link)) {
            assertFalse(first.isReadOnly());
            assertTrue(second.isReadOnly(), "two writers through two paths to one file");
            assertEquals(file.toRealPath(), second.file());
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need privileges there")
    void aCopyOpenedThroughALinkedFolderIsReadOnlyWhileAnotherHasTheFile() throws Exception {
        Path file = workspace();
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("shortcut"), file.getParent());

        try (var first = Workspace.open(linkedFolder.resolve("Network.secretariat")); var second = Workspace.open(file)) {
            assertFalse(first.isReadOnly());
            assertTrue(second.isReadOnly());
        }
    }

    @Test
    void aPathThroughAnotherFolderReachesTheSameLock() throws Exception {
        Path file = workspace();
        Path roundabout = folder.resolve("real").resolve("..").resolve("real").resolve("Network.secretariat");

        try (var first = Workspace.open(roundabout); var second = Workspace.open(file)) {
            assertFalse(first.isReadOnly());
            assertTrue(second.isReadOnly());
        }
    }
}
