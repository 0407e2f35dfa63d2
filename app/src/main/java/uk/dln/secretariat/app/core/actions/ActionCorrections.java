package uk.dln.secretariat.app.core.actions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.actions.ActionRevision;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Correcting an action after it was raised, or withdrawing it as raised in error: each claims the version the
 * action was shown at (decisions 0038 and 0052).
 */
@UseCase
public final class ActionCorrections {

    /** What the correction form offers and shows: people and organisations by name, the action's corrections. */
    public record Choices(List<Leader> leaders, List<Organisation> organisations, List<ActionRevision> revisions) {
    }

    private final WorkspaceData workspace;

    public ActionCorrections(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    public Choices choices(long actionId) {
        return new Choices(workspace.leaders().findAll().stream().sorted(Comparator.comparing(Leader::name)).toList(),
                workspace.organisations().findAll().stream().sorted(Comparator.comparing(Organisation::shortName))
                        .toList(),
                workspace.actions().revisions(actionId));
    }

    /** The action as it stands now, with its version. */
    public Optional<Action> find(long actionId) {
        return workspace.actions().find(actionId);
    }

    public Action correct(Action shown, ActionCorrection correction) {
        return workspace.actions().correct(shown.id(), shown.version(), correction);
    }

    public void withdraw(Action shown, String reason) {
        workspace.actions().withdraw(shown.id(), shown.version(), reason);
    }
}
