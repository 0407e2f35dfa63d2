package uk.dln.secretariat.app.core.settings;

import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.settings.StoredSettings;

/**
 * Editing the network settings: reading what the form shows with the settings' version, and saving it over that
 * version, so that two people saving at once cannot silently undo each other (decision 0052).
 */
@UseCase
public final class NetworkSettingsEditing {

    private final WorkspaceData workspace;

    public NetworkSettingsEditing(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    public StoredSettings read() {
        return workspace.settings().loadStored();
    }

    /**
     * @return the settings as stored, at their new version
     * @throws uk.dln.secretariat.model.SecretariatException {@code record.error.changedByOther} when someone else
     *                                                       saved them since they were read
     */
    public StoredSettings save(StoredSettings edited) {
        return workspace.settings().save(edited);
    }
}
