package uk.dln.secretariat.persistence.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that hold personal data (workspaces, their backups, the app's data folder and logs): on Linux
 * and macOS only their owner may read them, 0600 files in 0700 folders, whatever the umask. Windows gives a user's
 * own folders to that user already. Exports are not made here: they are documents to share, and follow the umask.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates the folder and any missing parents, each one made readable by its owner only. */
    public static void createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolder(parent);
        }
        try {
            if (isPosix(parent)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                // The umask applies to the mode given at creation; an odd one could take the owner's own bits.
                Files.setPosixFilePermissions(absolute, FOLDER);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /** Creates an empty file that only its owner may read; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        if (isPosix(file.toAbsolutePath().getParent())) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, ownerOnly);
        } else {
            Files.createFile(file);
        }
    }

    /** Makes an existing file readable by its owner only (where the file system has POSIX permissions). */
    public static void restrict(Path file) throws IOException {
        if (isPosix(file.toAbsolutePath().getParent())) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean isPosix(Path near) throws IOException {
        Path probe = near;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        return probe != null && Files.getFileStore(probe).supportsFileAttributeView("posix");
    }
}
