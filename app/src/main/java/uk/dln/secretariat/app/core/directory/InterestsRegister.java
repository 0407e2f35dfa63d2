package uk.dln.secretariat.app.core.directory;

import java.util.List;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.directory.DeclarationEntry;

/** The register of declared interests, newest first, as the directory lists it. */
@UseCase
public final class InterestsRegister {

    private final WorkspaceData workspace;

    public InterestsRegister(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    public List<DeclarationEntry> entries() {
        return workspace.declarations().register();
    }
}
