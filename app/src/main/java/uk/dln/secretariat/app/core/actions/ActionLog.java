package uk.dln.secretariat.app.core.actions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The action log's work: reading every action with what the tracker needs beside it, an action's updates, adding
 * an update, moving actions to a status over the versions they were shown at, and what a chaser is signed with.
 */
@UseCase
public final class ActionLog {

    /** Everything the tracker shows, read together. */
    public record Read(List<ActionLogEntry> log, List<Meeting> meetings, Map<Long, String> authors) {
    }

    /** Who chasers come from and the language they are written in. */
    public record ChaserSender(String networkName, DocumentLanguage language) {
    }

    private final WorkspaceData workspace;

    public ActionLog(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    public Read read() {
        return new Read(workspace.actions().log(), workspace.meetings().findAll(),
                workspace.leaders().findAll().stream().collect(Collectors.toMap(Leader::id, Leader::name)));
    }

    /** The action's updates, newest first. */
    public List<ActionUpdate> updates(long actionId) {
        return workspace.actions().updates(actionId);
    }

    /** Adds a new update: a new record, so it claims nothing (decision 0052). */
    public ActionUpdate addUpdate(ActionUpdate update) {
        return workspace.actions().addUpdate(update);
    }

    /**
     * Moves the actions to a status in one transaction, each claiming the version it was shown at, with the update
     * (if any) recorded against each.
     *
     * @return how many actions moved
     */
    public int changeStatuses(Map<Long, Long> shownVersions, ActionStatus status, String update) {
        workspace.actions().changeStatuses(shownVersions, status, update);
        return shownVersions.size();
    }

    public ChaserSender chaserSender() {
        return new ChaserSender(workspace.settings().load().networkName(), workspace.settings().documentLanguage());
    }
}
