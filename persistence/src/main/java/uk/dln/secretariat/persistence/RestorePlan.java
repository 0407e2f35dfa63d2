package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.persistence.files.PrivateFiles;

/**
 * What a restore in progress has done, written beside the workspace so that a restore cut short can be finished or
 * undone when the workspace is next opened (see {@link WorkspaceRestore}). Replaced whole, by an atomic rename, so
 * it is never found half written.
 *
 * @param backup     the backup being restored
 * @param keptAside  where the workspace being replaced has been kept; null until it has been
 * @param wasDamaged whether that workspace failed its check
 */
record RestorePlan(Path backup, Path keptAside, boolean wasDamaged) {

    private static final Logger LOG = LoggerFactory.getLogger(RestorePlan.class);

    static RestorePlan staged(Path backup) {
        return new RestorePlan(backup, null, false);
    }

    static RestorePlan keptAside(Path backup, RestoreResult kept) {
        return new RestorePlan(backup, kept.keptAside(), kept.wasDamaged());
    }

    static Path pendingOf(Path planFile) {
        return planFile.resolveSibling(planFile.getFileName() + ".new");
    }

    void write(Path planFile) throws IOException {
        var properties = new Properties();
        properties.setProperty("backup", backup.toString());
        if (keptAside != null) {
            properties.setProperty("keptAside", keptAside.toString());
            properties.setProperty("wasDamaged", String.valueOf(wasDamaged));
        }
        var text = new StringWriter();
        properties.store(text, "A restore in progress; Secretariat finishes or undoes it when the workspace is opened");
        Path pending = pendingOf(planFile);
        Files.deleteIfExists(pending);
        PrivateFiles.createFile(pending);
        Files.writeString(pending, text.toString(), StandardCharsets.UTF_8);
        WorkspaceRestore.force(pending);
        Files.move(pending, planFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        WorkspaceRestore.forceFolder(planFile.getParent());
    }

    /** The plan left beside a workspace; empty when there is none, or it cannot be read. */
    static Optional<RestorePlan> read(Path planFile) {
        if (!Files.isRegularFile(planFile)) {
            return Optional.empty();
        }
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(planFile, StandardCharsets.UTF_8)));
            String backup = properties.getProperty("backup");
            if (backup == null) {
                return Optional.empty();
            }
            String keptAside = properties.getProperty("keptAside");
            return Optional.of(new RestorePlan(Path.of(backup), keptAside == null ? null : Path.of(keptAside),
                    Boolean.parseBoolean(properties.getProperty("wasDamaged"))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the restore plan {}", planFile, e);
            return Optional.empty();
        }
    }
}
