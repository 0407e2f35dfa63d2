package uk.dln.secretariat.app.core.toolkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.toolkit.RoleCheck;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The Digital Leader role check of each member organisation: recording what is in place, and putting the gaps on a
 * meeting's agenda. An item recorded claims the version it was read at (decision 0038).
 */
@UseCase
public final class RoleChecks {

    private final WorkspaceData workspace;

    public RoleChecks(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    public List<RoleCheck> all() {
        return workspace.roleChecks().checks();
    }

    /** Records an expectation's date and evidence over what was read, then reads the checks again. */
    public List<RoleCheck> record(RoleCheckItem item) {
        workspace.roleChecks().record(item);
        return all();
    }

    /**
     * Adds the gaps as they stand on {@code day} to a meeting's agenda, as an item for information before the items
     * that close it; empty when no organisation has a gap.
     */
    public Optional<AgendaItem> addGapsToAgenda(Meeting meeting, LocalDate day) {
        var checks = all();
        if (checks.stream().allMatch(c -> c.gaps().isEmpty())) {
            return Optional.empty();
        }
        int position = new Agenda(meeting, workspace.agenda().items(meeting.id())).positionForNewItem();
        return Optional.of(workspace.agenda().save(RoleCheckGapsItem.build(meeting, position, checks, day)));
    }
}
