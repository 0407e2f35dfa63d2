package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did with the workspace it replaced.
 *
 * @param workspace  the workspace file, now holding the backup's records
 * @param keptAside  where the replaced workspace now is: a backup (when it was sound) or the file itself renamed
 *                   with a time stamp (when it was damaged); null when there was no workspace file to replace
 * @param wasDamaged whether the replaced workspace failed its check
 */
public record RestoreResult(Path workspace, Path keptAside, boolean wasDamaged) {

    public Optional<Path> keptAsideFile() {
        return Optional.ofNullable(keptAside);
    }
}
