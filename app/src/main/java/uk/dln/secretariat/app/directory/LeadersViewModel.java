package uk.dln.secretariat.app.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
import uk.dln.secretariat.app.core.directory.PeopleInRoles;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.Organisation;

/** The people list with its search, the selected person's form, their roles over time and their declarations. */
public final class LeadersViewModel implements UnsavedChanges {

    private final WorkspaceTasks tasks;
    private final Clock clock;
    private final Runnable onChanged;
    private final ObservableList<CurrentRole> items = FXCollections.observableArrayList();
    private final FilteredList<CurrentRole> visible = new FilteredList<>(items);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<CurrentRole> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<MembershipView> history = FXCollections.observableArrayList();
    private final ObservableList<Declaration> declarations = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final LeaderFormViewModel form = new LeaderFormViewModel();
    private final MembershipFormViewModel membershipForm = new MembershipFormViewModel();
    private final DeclarationFormViewModel declarationForm = new DeclarationFormViewModel();
    private final UnsavedChanges roleEditor = UnsavedChanges.of(Messages.get("changes.editor.membership"),
            membershipForm.changes(), this::addRole, () -> membershipForm.clear(today()));
    private final UnsavedChanges declarationEditor = UnsavedChanges.of(
            Messages.get("changes.editor.declaration"), declarationForm.changes(), this::addDeclaration,
            () -> declarationForm.clear(today()));
    private final ChangeGuard rowGuard;
    private final ChangedByOthersWatch changedByOthers;

    public LeadersViewModel(WorkspaceTasks tasks, Clock clock, Runnable onChanged) {
        this.tasks = tasks;
        this.clock = clock;
        this.onChanged = onChanged;
        this.rowGuard = new ChangeGuard(tasks.dialogs()).watch(this, roleEditor, declarationEditor);
        this.changedByOthers = new ChangedByOthersWatch(form.changes(), clock, "leader", form::editingId, rowGuard);
        search.addListener((obs, old, text) -> visible.setPredicate(role -> matches(role, text)));
        selected.addListener((obs, old, role) -> showSelected(role));
        form.clear();
        membershipForm.clear(today());
        declarationForm.clear(today());
    }

    /**
     * Someone else changed records of the directory: if it is the person being typed over, the form keeps the typing
     * and says who changed it. The caller reads the lists again; the form then keeps its typing as after any reload.
     */
    public void othersChanged(ChangedRecords changes) {
        changedByOthers.othersChanged(changes);
    }

    /** The person form's "Changed by …" notice and its Reload. */
    public ChangedByOthersWatch changedByOthers() {
        return changedByOthers;
    }

    public void reload() {
        reloadThenSelect(selectedId());
    }

    private void reloadThenSelect(long id) {
        reloadThenSelect(id, () -> { });
    }

    private void reloadThenSelect(long id, Runnable then) {
        LocalDate today = today();
        tasks.run("task.directory.loadPeople", workspace -> new PeopleInRoles(workspace).on(today), loaded -> {
                    items.setAll(loaded.roles());
                    organisations.setAll(loaded.organisations());
                    selected.set(loaded.roles().stream().filter(r -> r.leader().id() == id).findFirst()
                            .orElse(null));
                    if (selected.get() != null) {
                        showSelected(selected.get());
                    }
                    then.run();
                });
    }

    /** A blank form for a new person, once unsaved changes are saved or given up. */
    public void newLeader() {
        rowGuard.leave(this::blankLeader);
    }

    private void blankLeader() {
        selected.set(null);
        form.clear();
    }

    public void save() {
        save(() -> { });
    }

    @Override
    public void save(Runnable onSaved) {
        Leader leader = form.toLeader();
        if (leader == null) {
            return;
        }
        tasks.save("task.directory.savePerson", editorName(), workspace -> new PeopleInRoles(workspace).save(leader),
                saved -> {
                    form.changes().markSaved();
                    reloadThenSelect(saved.id(), onSaved);
                    onChanged.run();
                }, form.errors(), () -> {
                    // Their version: the typing is given up (the person agreed), then the list is read again.
                    form.changes().markClean();
                    reloadThenSelect(leader.id());
                });
    }

    @Override
    public void discard() {
        if (selected.get() == null) {
            form.clear();
        } else {
            form.edit(selected.get().leader());
        }
    }

    @Override
    public ChangeTracker changes() {
        return form.changes();
    }

    @Override
    public String editorName() {
        return Messages.get("changes.editor.leader");
    }

    /** The person's form, the new role and the new declaration: asked about before another person is shown. */
    public ChangeGuard rowGuard() {
        return rowGuard;
    }

    public UnsavedChanges roleEditor() {
        return roleEditor;
    }

    public UnsavedChanges declarationEditor() {
        return declarationEditor;
    }

    public void delete() {
        CurrentRole role = selected.get();
        if (role == null || !tasks.dialogs().confirm(
                Messages.get("directory.people.delete.heading", role.leader().name()),
                Messages.get("directory.people.delete.body"), Messages.get("directory.people.delete.confirm"))) {
            return;
        }
        tasks.save("task.directory.deletePerson", editorName(), workspace -> {
            new PeopleInRoles(workspace).delete(role.leader());
            return role;
        }, deleted -> {
            blankLeader();
            reloadThenSelect(0);
            onChanged.run();
        }, null, this::reloadShowingStored);
    }

    /** Gives the selected person the role described in the membership form. */
    public void addRole() {
        addRole(() -> { });
    }

    private void addRole(Runnable onAdded) {
        long leaderId = selectedId();
        if (leaderId == 0) {
            return;
        }
        var membership = membershipForm.toMembership(leaderId);
        if (membership == null) {
            return;
        }
        tasks.run("task.directory.saveRole", workspace -> new PeopleInRoles(workspace).giveRole(membership),
                saved -> {
            membershipForm.changes().markSaved();
            membershipForm.clear(today());
            reloadThenSelect(leaderId, onAdded);
            onChanged.run();
        }, membershipForm.errors());
    }

    /** Ends a current role today (or on its start day, if it only began today). */
    public void endRole(MembershipView view) {
        var membership = view.membership();
        if (membership.validTo() != null) {
            return;
        }
        long leaderId = selectedId();
        LocalDate today = today();
        tasks.save("task.directory.saveRole", Messages.get("changes.editor.membership"),
                workspace -> new PeopleInRoles(workspace).endRole(membership, today), saved -> {
                    reloadThenSelect(leaderId);
                    onChanged.run();
                }, null, this::reloadShowingStored);
    }

    public void addDeclaration() {
        addDeclaration(() -> { });
    }

    private void addDeclaration(Runnable onAdded) {
        long leaderId = selectedId();
        if (leaderId == 0) {
            return;
        }
        var declaration = declarationForm.toDeclaration(leaderId);
        if (declaration == null) {
            return;
        }
        tasks.run("task.directory.saveDeclaration", workspace -> new PeopleInRoles(workspace).declare(declaration),
                saved -> {
                    declarationForm.changes().markSaved();
                    declarationForm.clear(today());
                    reloadThenSelect(leaderId, onAdded);
                    onChanged.run();
                }, declarationForm.errors());
    }

    /** Marks a declaration as no longer current; it stays in the register. */
    public void withdrawDeclaration(Declaration declaration) {
        long leaderId = selectedId();
        tasks.save("task.directory.saveDeclaration", Messages.get("changes.editor.declaration"),
                workspace -> new PeopleInRoles(workspace).withdraw(declaration), saved -> {
                    reloadThenSelect(leaderId);
                    onChanged.run();
                }, null, this::reloadShowingStored);
    }

    /**
     * After a refusal over someone else's change, Reload: the person, their roles and declarations as stored now.
     * The person's form shows the stored person unless it holds typing.
     */
    private void reloadShowingStored() {
        reloadThenSelect(selectedId());
        onChanged.run();
    }

    private void showSelected(CurrentRole role) {
        history.clear();
        declarations.clear();
        if (role == null) {
            return;
        }
        // The list is read again after changes elsewhere in the directory: what is being typed here is kept.
        if (!(form.changes().isDirty() && form.editingId() == role.leader().id())) {
            form.edit(role.leader());
        }
        long id = role.leader().id();
        tasks.run("task.directory.loadHistory", workspace -> new PeopleInRoles(workspace).recordOf(id), detail -> {
                    history.setAll(detail.roles());
                    declarations.setAll(detail.declarations());
                });
    }

    private long selectedId() {
        return selected.get() == null ? 0 : selected.get().leader().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean matches(CurrentRole role, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        Leader leader = role.leader();
        return leader.name().toLowerCase(Locale.ROOT).contains(wanted)
                || leader.jobTitle().toLowerCase(Locale.ROOT).contains(wanted)
                || leader.email().toLowerCase(Locale.ROOT).contains(wanted)
                || (role.organisationName() != null && role.organisationName().toLowerCase(Locale.ROOT).contains(wanted))
                || (role.organisationShortName() != null
                        && role.organisationShortName().toLowerCase(Locale.ROOT).contains(wanted))
                || (role.role() != null && Messages.get(role.role().messageKey()).toLowerCase(Locale.ROOT)
                        .contains(wanted));
    }

    public ObservableList<CurrentRole> visibleItems() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<CurrentRole> selectedProperty() {
        return selected;
    }

    public ObservableList<MembershipView> history() {
        return history;
    }

    public ObservableList<Declaration> declarations() {
        return declarations;
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public LeaderFormViewModel form() {
        return form;
    }

    public MembershipFormViewModel membershipForm() {
        return membershipForm;
    }

    public DeclarationFormViewModel declarationForm() {
        return declarationForm;
    }
}
