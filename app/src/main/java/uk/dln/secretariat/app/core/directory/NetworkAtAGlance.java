package uk.dln.secretariat.app.core.directory;

import java.time.LocalDate;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.directory.NetworkGlance;
import uk.dln.secretariat.persistence.WorkspaceData;

/** The network at a glance: members, those without a Digital Leader, and roles that began or ended lately. */
@UseCase
public final class NetworkAtAGlance {

    private final WorkspaceData workspace;

    public NetworkAtAGlance(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** As on {@code day}, with the changes of the {@code recentDays} before it. */
    public NetworkGlance on(LocalDate day, int recentDays) {
        return workspace.memberships().glance(day, recentDays);
    }
}
