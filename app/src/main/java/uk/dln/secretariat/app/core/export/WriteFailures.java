package uk.dln.secretariat.app.core.export;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Says what went wrong when an export's file could not be written. Writers wrap the operating system's error in
 * their own exceptions (POI's {@code POIXMLException}, {@code UncheckedIOException}, zip errors), so the cause chain
 * is read to the bottom: a full disk is told as a full disk, and any other input-output failure as a failed write,
 * never as "something went wrong".
 */
final class WriteFailures {

    /** How Linux and macOS (ENOSPC), and Windows (ERROR_DISK_FULL), word a full disk. */
    private static final String[] DISK_FULL = {"no space left on device", "not enough space on the disk",
        "disk quota exceeded"};

    private WriteFailures() {
    }

    /**
     * @param target the file as the user knows it
     * @return the message for a failure that came from writing, or empty when the error is something else (a bug,
     *         a cancelled export) that must travel on unchanged
     */
    static Optional<SecretariatException> of(Path target, Throwable error) {
        if (error instanceof SecretariatException) {
            return Optional.empty();
        }
        IOException io = null;
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IOException found) {
                if (isDiskFull(found)) {
                    return Optional.of(new SecretariatException(error, "pack.error.diskFull", target));
                }
                io = io == null ? found : io;
            }
        }
        if (io == null) {
            return Optional.empty();
        }
        return Optional.of(new SecretariatException(error, "pack.error.write", target, String.valueOf(io.getMessage())));
    }

    private static boolean isDiskFull(IOException error) {
        String words = error instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(error.getMessage());
        String lower = words.toLowerCase(Locale.ROOT);
        for (String full : DISK_FULL) {
            if (lower.contains(full)) {
                return true;
            }
        }
        return false;
    }
}
