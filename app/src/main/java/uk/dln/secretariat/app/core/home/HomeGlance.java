package uk.dln.secretariat.app.core.home;

import java.time.LocalDate;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.home.MonthAtAGlance;
import uk.dln.secretariat.persistence.WorkspaceData;

/** Home's month at a glance: the next meeting and its checklist, overdue actions, roadmaps and gaps, as at a day. */
@UseCase
public final class HomeGlance {

    private final WorkspaceData workspace;

    public HomeGlance(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    public MonthAtAGlance read(LocalDate today) {
        return workspace.home().read(today);
    }
}
