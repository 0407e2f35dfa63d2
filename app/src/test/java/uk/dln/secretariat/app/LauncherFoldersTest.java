package uk.dln.secretariat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.platform.AppDirectories;

/** The app's data folder holds the default workspace and logs that name people: its owner's alone. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
class LauncherFoldersTest {

    private static final String LOG_DIR = "secretariat.logDir";

    @TempDir
    Path folder;

    private static final String FX_CACHE = "javafx.cachedir";

    private String logDirBefore;
    private String fxCacheBefore;

    @BeforeEach
    void forgetTheLogFolder() {
        logDirBefore = System.clearProperty(LOG_DIR);
        // Left as it is, so that this test's temporary folder never becomes JavaFX's cache for later tests.
        fxCacheBefore = System.setProperty(FX_CACHE, System.getProperty(FX_CACHE, folder.resolve("fx").toString()));
    }

    @AfterEach
    void restoreTheProperties() {
        restore(LOG_DIR, logDirBefore);
        restore(FX_CACHE, fxCacheBefore);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    @Test
    void theDataFolderAndItsLogsFolderAreMadeForTheirOwnerAlone() throws Exception {
        var directories = new AppDirectories(folder.resolve("share").resolve("secretariat"));

        Launcher.prepareFolders(directories);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directories.home())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directories.logs())));
        assertEquals(directories.logs().toString(), System.getProperty(LOG_DIR));
    }
}
