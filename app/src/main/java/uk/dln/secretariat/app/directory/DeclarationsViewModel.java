package uk.dln.secretariat.app.directory;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.dln.secretariat.app.core.directory.InterestsRegister;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.persistence.directory.DeclarationEntry;

/** The register of declared interests across the network, which meeting preparation draws on. */
public final class DeclarationsViewModel {

    private final WorkspaceTasks tasks;
    private final ObservableList<DeclarationEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<DeclarationEntry> visible = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty currentOnly = new SimpleBooleanProperty(this, "currentOnly", true);

    public DeclarationsViewModel(WorkspaceTasks tasks) {
        this.tasks = tasks;
        search.addListener((obs, old, text) -> refilter());
        currentOnly.addListener((obs, old, only) -> refilter());
        refilter();
    }

    public void reload() {
        tasks.run("task.directory.loadDeclarations", workspace -> new InterestsRegister(workspace).entries(),
                entries::setAll);
    }

    private void refilter() {
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean onlyCurrent = currentOnly.get();
        visible.setPredicate(entry -> (!onlyCurrent || entry.declaration().current())
                && (wanted.isEmpty() || entry.leaderName().toLowerCase(Locale.ROOT).contains(wanted)
                        || entry.declaration().interest().toLowerCase(Locale.ROOT).contains(wanted)));
    }

    public ObservableList<DeclarationEntry> visibleEntries() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty currentOnlyProperty() {
        return currentOnly;
    }
}
