package uk.dln.secretariat.app.directory;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.core.directory.NetworkAtAGlance;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.DirectoryChange;
import uk.dln.secretariat.model.directory.NetworkGlance;
import uk.dln.secretariat.model.directory.Organisation;

/** "Network at a glance": member count, organisations without a Digital Leader, recent comings and goings. */
public final class GlanceViewModel {

    /** How far back "recent" changes go. */
    static final int RECENT_DAYS = 90;

    private final WorkspaceTasks tasks;
    private final Clock clock;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper gapsHeading = new ReadOnlyStringWrapper(this, "gapsHeading", "");
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> recentChanges = FXCollections.observableArrayList();

    public GlanceViewModel(WorkspaceTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    public void reload() {
        LocalDate today = LocalDate.now(clock);
        tasks.run("task.directory.loadGlance", workspace -> new NetworkAtAGlance(workspace).on(today, RECENT_DAYS),
                this::show);
    }

    void show(NetworkGlance glance) {
        summary.set(Messages.get("directory.glance.members", glance.memberCount()));
        gapsHeading.set(Messages.get("directory.glance.gaps", glance.gaps().size()));
        gaps.setAll(glance.gaps().stream().map(Organisation::name).toList());
        recentChanges.setAll(glance.recentChanges().stream().map(GlanceViewModel::describe).toList());
        if (recentChanges.isEmpty()) {
            recentChanges.add(Messages.get("directory.glance.noChanges", RECENT_DAYS));
        }
    }

    private static String describe(DirectoryChange change) {
        var view = change.membership();
        String date = Dates.format(change.on());
        return Messages.get(change.started() ? "directory.glance.started" : "directory.glance.ended", date,
                view.leaderName(), Messages.get(view.membership().role().messageKey()),
                view.organisationShortName());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gapsHeadingProperty() {
        return gapsHeading.getReadOnlyProperty();
    }

    public ObservableList<String> gaps() {
        return gaps;
    }

    public ObservableList<String> recentChanges() {
        return recentChanges;
    }
}
