package uk.dln.secretariat.app.directory;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangedByOthersWatch;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.directory.NetworkOrganisations;
import uk.dln.secretariat.app.core.directory.OrganisationCsvReader;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.persistence.WorkspaceData;

/** The organisations list with its search, the selected organisation's form and its history of leaders. */
public final class OrganisationsViewModel implements UnsavedChanges {

    /** At most this many problems are listed in the import dialog; the rest are counted. */
    static final int PROBLEMS_SHOWN = 15;

    private final WorkspaceTasks tasks;
    private final Clock clock;
    private final Runnable onChanged;
    private final ObservableList<OrganisationItem> items = FXCollections.observableArrayList();
    private final FilteredList<OrganisationItem> visible = new FilteredList<>(items);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<OrganisationItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Organisation> parentChoices = FXCollections.observableArrayList();
    private final ObservableList<MembershipView> history = FXCollections.observableArrayList();
    private final OrganisationFormViewModel form = new OrganisationFormViewModel();
    private final ChangeGuard rowGuard;
    private final ChangedByOthersWatch changedByOthers;

    /** @param onChanged told after any change, so the rest of the directory can refresh */
    public OrganisationsViewModel(WorkspaceTasks tasks, Clock clock, Runnable onChanged) {
        this.tasks = tasks;
        this.clock = clock;
        this.onChanged = onChanged;
        this.rowGuard = new ChangeGuard(tasks.dialogs()).watch(this);
        this.changedByOthers = new ChangedByOthersWatch(form.changes(), clock, "organisation", form::editingId,
                rowGuard);
        search.addListener((obs, old, text) -> visible.setPredicate(item -> item.matches(text)));
        selected.addListener((obs, old, item) -> showSelected(item));
        form.clear();
    }

    /**
     * Someone else changed records of the directory: if it is the organisation being typed over, the form keeps the typing
     * and says who changed it. The caller reads the lists again; the form then keeps its typing as after any reload.
     */
    public void othersChanged(ChangedRecords changes) {
        changedByOthers.othersChanged(changes);
    }

    /** The organisation form's "Changed by …" notice and its Reload. */
    public ChangedByOthersWatch changedByOthers() {
        return changedByOthers;
    }

    public void reload() {
        reloadThenSelect(selected.get() == null ? 0 : selected.get().organisation().id());
    }

    private void reloadThenSelect(long id) {
        reloadThenSelect(id, () -> { });
    }

    private void reloadThenSelect(long id, Runnable then) {
        tasks.run("task.directory.loadOrganisations", workspace -> load(workspace, LocalDate.now(clock)), loaded -> {
            items.setAll(loaded);
            parentChoices.setAll(loaded.stream().map(OrganisationItem::organisation)
                    .filter(o -> !o.kind().needsParent()).toList());
            selected.set(loaded.stream().filter(i -> i.organisation().id() == id).findFirst().orElse(null));
            then.run();
        });
    }

    private static List<OrganisationItem> load(WorkspaceData workspace, LocalDate today) {
        var listing = new NetworkOrganisations(workspace).on(today);
        return OrganisationHierarchy.order(listing.organisations(), listing.digitalLeaders());
    }

    /** Clears the form for a new organisation, once unsaved changes are saved or given up. */
    public void newOrganisation() {
        rowGuard.leave(this::blankOrganisation);
    }

    private void blankOrganisation() {
        selected.set(null);
        form.clear();
    }

    public void save() {
        save(() -> { });
    }

    @Override
    public void save(Runnable onSaved) {
        Organisation organisation = form.toOrganisation();
        if (organisation == null) {
            return;
        }
        tasks.save("task.directory.saveOrganisation", editorName(),
                workspace -> new NetworkOrganisations(workspace).save(organisation), saved -> {
                    form.changes().markSaved();
                    reloadThenSelect(saved.id(), onSaved);
                    onChanged.run();
                }, form.errors(), () -> {
                    // Their version: the typing is given up (the person agreed), then the list is read again.
                    form.changes().markClean();
                    reloadThenSelect(organisation.id());
                });
    }

    @Override
    public void discard() {
        if (selected.get() == null) {
            form.clear();
        } else {
            edit(selected.get().organisation());
        }
    }

    @Override
    public ChangeTracker changes() {
        return form.changes();
    }

    @Override
    public String editorName() {
        return Messages.get("changes.editor.organisation");
    }

    /** Asks about the organisation being edited before another row replaces it in the form. */
    public ChangeGuard rowGuard() {
        return rowGuard;
    }

    public void delete() {
        OrganisationItem item = selected.get();
        if (item == null || !tasks.dialogs().confirm(Messages.get("directory.organisations.delete.heading",
                item.organisation().name()), Messages.get("directory.organisations.delete.body"),
                Messages.get("directory.organisations.delete.confirm"))) {
            return;
        }
        tasks.save("task.directory.deleteOrganisation", editorName(), workspace -> {
            new NetworkOrganisations(workspace).delete(item.organisation());
            return item;
        }, deleted -> {
            blankOrganisation();
            reloadThenSelect(0);
            onChanged.run();
        }, null, () -> reloadThenSelect(item.organisation().id()));
    }

    /** Asks for a CSV file and imports it: all of it, or only its good lines once the person agrees. */
    public void importFromFile() {
        tasks.dialogs().chooseCsvToImport(Path.of(System.getProperty("user.home"))).ifPresent(this::importFile);
    }

    void importFile(Path file) {
        tasks.run("task.directory.readImport", workspace -> {
            var existing = new NetworkOrganisations(workspace).shortNames();
            try (InputStream in = Files.newInputStream(file)) {
                return new OrganisationCsvReader().read(in, existing);
            }
        }, result -> confirmAndImport(file, result));
    }

    private void confirmAndImport(Path file, OrganisationCsvReader.Result result) {
        var dialogs = tasks.dialogs();
        if (result.rows().isEmpty()) {
            dialogs.showError(Messages.get("directory.import.nothing.heading", file.getFileName()),
                    problemList(result));
            return;
        }
        if (result.hasProblems() && !dialogs.confirm(
                Messages.get("directory.import.partial.heading", result.badLines(), result.rows().size()),
                problemList(result), Messages.get("directory.import.partial.confirm", result.rows().size()))) {
            return;
        }
        tasks.run("task.directory.import", workspace -> new NetworkOrganisations(workspace).importRows(result.rows()),
                stored -> {
                    dialogs.showInformation(Messages.get("directory.import.done.heading"),
                            Messages.get("directory.import.done.body", stored.size(), file.getFileName()));
                    reloadThenSelect(0);
                    onChanged.run();
                });
    }

    private static String problemList(OrganisationCsvReader.Result result) {
        var lines = result.problems().stream().limit(PROBLEMS_SHOWN).map(Messages::of).collect(Collectors.toList());
        if (result.problems().size() > PROBLEMS_SHOWN) {
            lines.add(Messages.get("directory.import.moreProblems", result.problems().size() - PROBLEMS_SHOWN));
        }
        return String.join("\n", lines);
    }

    private void showSelected(OrganisationItem item) {
        history.clear();
        if (item == null) {
            return;
        }
        Organisation organisation = item.organisation();
        // The list is read again after changes elsewhere in the directory: what is being typed here is kept.
        if (!(form.changes().isDirty() && form.editingId() == organisation.id())) {
            edit(organisation);
        }
        long id = organisation.id();
        tasks.run("task.directory.loadHistory", workspace -> new NetworkOrganisations(workspace).leadersOf(id),
                history::setAll);
    }

    private void edit(Organisation organisation) {
        Organisation parent = parentChoices.stream().filter(p -> p.id() == (organisation.parentId() == null ? -1
                : organisation.parentId())).findFirst().orElse(null);
        form.edit(organisation, parent);
    }

    public ObservableList<OrganisationItem> visibleItems() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OrganisationItem> selectedProperty() {
        return selected;
    }

    public ObservableList<Organisation> parentChoices() {
        return parentChoices;
    }

    public ObservableList<MembershipView> history() {
        return history;
    }

    public OrganisationFormViewModel form() {
        return form;
    }

    /** Every organisation, for choosing where a person serves. */
    public List<Organisation> organisations() {
        return items.stream().map(OrganisationItem::organisation).toList();
    }
}
