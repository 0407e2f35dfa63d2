package uk.dln.secretariat.app.directory;

import java.time.Clock;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;

/**
 * The directory as a whole: organisations, people, declarations and the glance panel, reloaded together when the
 * workspace changes and after any edit, so every part shows the same state.
 */
public final class DirectoryViewModel {

    private final OrganisationsViewModel organisations;
    private final LeadersViewModel leaders;
    private final DeclarationsViewModel declarations;
    private final GlanceViewModel glance;
    private final ChangeGuard changes;

    public DirectoryViewModel(WorkspaceTasks tasks, Clock clock) {
        this.glance = new GlanceViewModel(tasks, clock);
        this.declarations = new DeclarationsViewModel(tasks);
        this.organisations = new OrganisationsViewModel(tasks, clock, this::organisationsChanged);
        this.leaders = new LeadersViewModel(tasks, clock, this::peopleChanged);
        this.changes = new ChangeGuard(tasks.dialogs()).watch(organisations.rowGuard()).watch(leaders.rowGuard());
        tasks.workspaces().currentProperty().addListener((obs, old, opened) -> {
            changes.forget();
            reload();
        });
        if (tasks.workspaces().current().isPresent()) {
            reload();
        }
    }

    /** Someone else changed the directory: the forms keep their typing (and say so), the lists are read again. */
    public void othersChanged(ChangedRecords changes) {
        organisations.othersChanged(changes);
        leaders.othersChanged(changes);
        reload();
    }

    public void reload() {
        organisations.reload();
        leaders.reload();
        declarations.reload();
        glance.reload();
    }

    private void organisationsChanged() {
        leaders.reload();
        glance.reload();
    }

    private void peopleChanged() {
        organisations.reload();
        declarations.reload();
        glance.reload();
    }

    public OrganisationsViewModel organisations() {
        return organisations;
    }

    public LeadersViewModel leaders() {
        return leaders;
    }

    public DeclarationsViewModel declarations() {
        return declarations;
    }

    /** The directory's editors: organisation, person, a new role and a new declaration. */
    public ChangeGuard changes() {
        return changes;
    }

    public GlanceViewModel glance() {
        return glance;
    }
}
