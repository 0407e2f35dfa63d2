package uk.dln.secretariat.app.directory;

import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.core.directory.NetworkOrganisations;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;

/**
 * The standard list of government organisations: offered when a workspace is new and empty (the first run, File >
 * New), so a new user starts from the real network rather than a blank table; and loadable at any time from the
 * Directory menu, adding only the organisations the workspace does not have yet.
 */
public final class ReferenceListOffer {

    private final WorkspaceTasks tasks;
    private final Runnable onLoaded;

    public ReferenceListOffer(WorkspaceTasks tasks, Runnable onLoaded) {
        this.tasks = tasks;
        this.onLoaded = onLoaded;
    }

    /** Asks whether to load the list, if the workspace has no organisations yet. */
    public void offer() {
        tasks.run("task.directory.loadOrganisations", workspace -> new NetworkOrganisations(workspace).none(),
                empty -> {
                    if (empty && tasks.dialogs().confirm(Messages.get("directory.firstRun.heading"),
                            Messages.get("directory.firstRun.body"), Messages.get("directory.firstRun.confirm"))) {
                        tasks.run("task.directory.import", ReferenceOrganisations::load,
                                loaded -> onLoaded.run());
                    }
                });
    }

    /** Adds the organisations of the standard list that are missing, and says how many were added. */
    public void loadMissing() {
        tasks.run("task.directory.import", ReferenceOrganisations::load, loaded -> {
            onLoaded.run();
            tasks.dialogs().showInformation(Messages.get("directory.standard.done.heading"),
                    loaded.isEmpty() ? Messages.get("directory.standard.done.none")
                            : Messages.get("directory.standard.done.some", loaded.size()));
        });
    }
}
