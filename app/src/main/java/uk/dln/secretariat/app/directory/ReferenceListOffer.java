package uk.dln.secretariat.app.directory;

import uk.dln.secretariat.app.demo.DemoData;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * On the very first run, an empty workspace offers the standard list of government organisations, so a new user
 * starts from the real network rather than a blank table.
 */
public final class ReferenceListOffer {

    private final WorkspaceTasks tasks;
    private final Runnable onLoaded;

    public ReferenceListOffer(WorkspaceTasks tasks, Runnable onLoaded) {
        this.tasks = tasks;
        this.onLoaded = onLoaded;
    }

    public void offer() {
        tasks.run("task.directory.loadOrganisations", workspace -> workspace.organisations().findAll().isEmpty(),
                empty -> {
                    if (empty && tasks.dialogs().confirm(Messages.get("directory.firstRun.heading"),
                            Messages.get("directory.firstRun.body"), Messages.get("directory.firstRun.confirm"))) {
                        tasks.run("task.directory.import", DemoData::loadReferenceOrganisations,
                                loaded -> onLoaded.run());
                    }
                });
    }
}
