package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code check} found in a workspace file.
 *
 * @param file              the file inspected
 * @param schemaVersion     the file's schema version, "0" for a new empty file
 * @param appSchemaVersion  the newest schema this version of the app knows
 * @param integrityProblems SQLite's integrity-check findings; empty when the file is sound
 */
public record WorkspaceHealth(Path file, String schemaVersion, String appSchemaVersion,
                              List<String> integrityProblems) {

    public WorkspaceHealth {
        integrityProblems = List.copyOf(integrityProblems);
    }

    public boolean intact() {
        return integrityProblems.isEmpty();
    }
}
