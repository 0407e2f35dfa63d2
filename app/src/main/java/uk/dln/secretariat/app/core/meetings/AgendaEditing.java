package uk.dln.secretariat.app.core.meetings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.PaperFile;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility;

/**
 * A meeting's agenda as the secretariat edits it: items saved, moved and deleted, each claiming the version it was
 * shown at (decision 0038); the exceptions report added as an item; papers attached, opened and removed; and a
 * matter arising closed from the agenda.
 */
@UseCase
public final class AgendaEditing {

    private final WorkspaceData workspace;

    public AgendaEditing(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    public AgendaItem save(AgendaItem item) {
        return workspace.agenda().save(item);
    }

    /** Deletes the item as shown; refused when someone else changed it since. */
    public void delete(AgendaItem shown) {
        workspace.agenda().delete(shown.id(), shown.version());
    }

    /** Puts the item as shown at a place in the order (1 = first); refused when someone else changed it since. */
    public List<AgendaItem> move(AgendaItem shown, int position) {
        return workspace.agenda().move(shown.id(), position, shown.version());
    }

    /** Adds the roadmaps' exceptions report, as it stands on the meeting's day, as an item for information. */
    public AgendaItem addExceptionsReport(Meeting meeting, int position) {
        return workspace.agenda().save(ExceptionsReportItem.build(workspace, meeting, position));
    }

    /** Closes an action the meeting agreed is done, as shown: not over someone else's newer change to it. */
    public void closeArising(Action shown, String update) {
        workspace.actions().changeStatuses(Map.of(shown.id(), shown.version()), ActionStatus.CLOSED, update);
    }

    /** Attaches a copy of the file to the item; says what makes it hard to read with assistive technology, if so. */
    public Optional<PaperAccessibility.Finding> attach(long itemId, Path file) throws IOException {
        PaperFile stored = workspace.papers().attach(itemId, file);
        return PaperAccessibility.check(stored.fileName(), workspace.papers().content(stored.id()));
    }

    public List<PaperFile> papers(long itemId) {
        return workspace.papers().forItem(itemId);
    }

    public byte[] content(PaperFile file) {
        return workspace.papers().content(file.id());
    }

    public void remove(PaperFile file) {
        workspace.papers().remove(file.id());
    }
}
