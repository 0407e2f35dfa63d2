package uk.dln.secretariat.app.boardpack;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Whether a typed folder can take the pack: it must exist, be a folder and be writable. Says what is wrong in words,
 * so the person can correct the path rather than find out when the export fails. Touches the disk: run it off the
 * FX thread.
 */
final class PackFolderCheck {

    private PackFolderCheck() {
    }

    /** The problem with the typed folder, or empty when the pack can be written there. */
    static Optional<String> problem(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.of(Messages.get("pack.folder.required"));
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException invalid) {
            return Optional.of(Messages.get("pack.folder.invalid", text));
        }
        if (!Files.exists(path)) {
            return Optional.of(Messages.get("pack.error.folder", text));
        }
        if (!Files.isDirectory(path)) {
            return Optional.of(Messages.get("pack.folder.notFolder", text));
        }
        if (!Files.isWritable(path)) {
            return Optional.of(Messages.get("pack.folder.readOnly", text));
        }
        return Optional.empty();
    }
}
