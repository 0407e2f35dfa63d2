package uk.dln.secretariat.persistence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
class PrivateFilesTest {

    @TempDir
    Path folder;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void foldersAreMadeForTheirOwnerAloneEachOneOnTheWay() throws Exception {
        Path deep = folder.resolve("a").resolve("b");

        PrivateFiles.createFolder(deep);

        assertEquals("rwx------", mode(folder.resolve("a")));
        assertEquals("rwx------", mode(deep));
    }

    @Test
    void aFolderThatIsThereAlreadyKeepsItsMode() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateFiles.createFolder(folder);

        assertEquals("rwxr-xr-x", mode(folder));
    }

    @Test
    void filesAreMadeForTheirOwnerAlone() throws Exception {
        Path file = folder.resolve("w.secretariat");

        PrivateFiles.createFile(file);

        assertEquals("rw-------", mode(file));
    }
}
