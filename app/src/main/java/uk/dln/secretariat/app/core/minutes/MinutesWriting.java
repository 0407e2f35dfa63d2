package uk.dln.secretariat.app.core.minutes;

import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * A meeting's minutes as the secretariat writes them: saved, claiming the versions of the parts changed (decision
 * 0038), and an action raised at an item once what is written is saved.
 */
@UseCase
public final class MinutesWriting {

    private final WorkspaceData workspace;

    public MinutesWriting(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** @return the minutes as stored, at their new versions */
    public MeetingMinutes save(MeetingMinutes minutes) {
        return workspace.meetings().saveMinutes(minutes);
    }

    /** Saves the minutes, then raises the action; both or, when the minutes are refused, neither. */
    public Action saveAndRaise(MeetingMinutes minutes, Action action) {
        workspace.meetings().saveMinutes(minutes);
        return workspace.actions().raise(action);
    }
}
