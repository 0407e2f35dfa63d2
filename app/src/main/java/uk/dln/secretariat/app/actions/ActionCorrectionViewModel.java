package uk.dln.secretariat.app.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ChangedByOthersNotice;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.actions.ActionCorrections;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.actions.ActionRevision;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;

/**
 * Correcting the selected action after it was raised: its wording, owner, organisation and due date, with a reason
 * that a new due date needs; or withdrawing it, with a reason, when it was raised in error. Shows the action's
 * corrections so far.
 */
public final class ActionCorrectionViewModel {

    public static final String DESCRIPTION = "description";
    public static final String OWNER = "owner";
    public static final String ORGANISATION = "organisation";
    public static final String DUE = "dueOn";
    public static final String REASON = "reason";

    private final WorkspaceTasks tasks;
    private final Runnable onChanged;
    private final ObservableList<Leader> leaders = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final StringProperty description = new SimpleStringProperty(this, DESCRIPTION, "");
    private final ObjectProperty<Leader> owner = new SimpleObjectProperty<>(this, OWNER);
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>(this, ORGANISATION);
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>(this, DUE);
    private final StringProperty reason = new SimpleStringProperty(this, REASON, "");
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>(this, "action");
    private final FieldErrors errors = new FieldErrors(DESCRIPTION, OWNER, ORGANISATION, DUE, REASON);
    private final BooleanBinding dueMoved = Bindings.createBooleanBinding(() -> action.get() != null
            && dueOn.get() != null && !dueOn.get().equals(action.get().dueOn()), action, dueOn);
    private final ChangeTracker changes = new ChangeTracker(this::values, description, owner, organisation, dueOn,
            reason);
    private final UnsavedChanges editor = UnsavedChanges.of(Messages.get("changes.editor.actionCorrection"), changes,
            onSaved -> save(), this::discard);
    private final ChangedByOthersNotice changedByOther;

    /**
     * @param clock     for the time in "Changed by … at 10:42"
     * @param onChanged told after a correction or withdrawal is stored, so the log can be read again
     */
    public ActionCorrectionViewModel(WorkspaceTasks tasks, Clock clock, Runnable onChanged) {
        this.tasks = tasks;
        this.changedByOther = new ChangedByOthersNotice(changes, clock);
        this.onChanged = () -> {
            // What the form shows is now what is stored: reading the action again may replace it.
            changes.markSaved();
            onChanged.run();
        };
    }

    private List<Object> values() {
        return Arrays.asList(description.get(), owner.get() == null ? null : owner.get().id(),
                organisation.get() == null ? null : organisation.get().id(), dueOn.get(), reason.get());
    }

    /**
     * Fills the form from the action (none: empty), reading the directory's choices and the action's history. The
     * same action read again while the person has typed a correction (someone else changed it) leaves their typing
     * alone: {@link #reloadStored()} shows the stored action once they agree.
     */
    public void load(Action chosen) {
        Action showing = action.get();
        if (chosen != null && showing != null && chosen.id() == showing.id() && changes.isDirty()) {
            return;
        }
        action.set(chosen);
        history.clear();
        errors.clear();
        reason.set("");
        if (chosen == null) {
            description.set("");
            owner.set(null);
            organisation.set(null);
            dueOn.set(null);
            changes.markClean();
            return;
        }
        description.set(chosen.description());
        dueOn.set(chosen.dueOn());
        changes.markClean();
        long id = chosen.id();
        tasks.run("task.actions.loadCorrection", workspace -> new ActionCorrections(workspace).choices(id),
                loaded -> {
                    if (action.get() == null || action.get().id() != id) {
                        return;
                    }
                    boolean typedMeanwhile = changes.isDirty();
                    leaders.setAll(loaded.leaders());
                    organisations.setAll(loaded.organisations());
                    owner.set(loaded.leaders().stream().filter(l -> l.id() == chosen.ownerId()).findFirst()
                            .orElse(null));
                    organisation.set(loaded.organisations().stream()
                            .filter(o -> o.id() == chosen.organisationId()).findFirst().orElse(null));
                    history.setAll(loaded.revisions().stream().map(ActionCorrectionViewModel::line).toList());
                    if (!typedMeanwhile) {
                        changes.markClean();
                    }
                });
    }

    /**
     * Someone else changed actions. If the one being corrected is among them and the person has typed, their typing
     * stays and the form says who changed it and when; a form without typing simply shows the new values when the
     * log reads the action again.
     */
    public void othersChanged(ChangedRecords changes) {
        changedByOther.check(changes, "action", action.get() == null ? 0 : action.get().id());
    }

    /**
     * The notice's Reload: after the usual question about unsaved changes (Save, Discard, Cancel), shows the action
     * as it is stored now. Cancel keeps the typing and the notice; Save stores the typing, checked as every save is.
     */
    public void reloadStored() {
        if (action.get() != null) {
            new ChangeGuard(tasks.dialogs()).watch(editor).leave(() -> { });
        }
    }

    /** Gives up the typing and reads the action as it is stored now. */
    public void discard() {
        Action showing = action.get();
        if (showing == null) {
            return;
        }
        changes.markClean();
        long id = showing.id();
        tasks.run("task.actions.loadCorrection", workspace -> new ActionCorrections(workspace).find(id).orElse(null), stored -> {
            if (action.get() != null && action.get().id() == id) {
                load(stored);
            }
        });
    }

    /** "3 Dec 2026  Due moved from 3 Dec 2026 to 28 Jan 2027: awaiting the spending review", and the like. */
    static String line(ActionRevision revision) {
        String on = Dates.format(revision.revisedOn());
        if (revision.kind() == ActionRevision.Kind.WITHDRAWN) {
            return Messages.get("actions.revision.withdrawn", on, revision.reason());
        }
        String before = Messages.get("actions.revision.before", revision.descriptionBefore(),
                revision.ownerNameBefore(), revision.organisationBefore());
        return revision.movedDue()
                ? Messages.get("actions.revision.dueMoved", on, Dates.format(revision.dueBefore()),
                        Dates.format(revision.dueAfter()), revision.reason(), before)
                : Messages.get("actions.revision.corrected", on, before,
                        revision.reason().isEmpty() ? "" : Messages.get("actions.revision.because", revision.reason()));
    }

    /** Stores the correction; a new due date without a reason is refused with a message under the reason. */
    public void save() {
        Action current = action.get();
        if (current == null) {
            return;
        }
        ActionCorrection correction;
        try {
            correction = new ActionCorrection(description.get(), owner.get() == null ? 0 : owner.get().id(),
                    organisation.get() == null ? 0 : organisation.get().id(), dueOn.get(), reason.get());
            correction.appliedTo(current);
        } catch (ValidationException invalid) {
            errors.show(invalid.problems());
            return;
        }
        if (errors.refusesInput()) {
            return;
        }
        errors.clear();
        // Claims the version the form was filled at, so a correction cannot pass over someone else's newer one.
        tasks.save("task.actions.correct", Messages.get("changes.editor.actionCorrection"),
                workspace -> new ActionCorrections(workspace).correct(current, correction),
                corrected -> {
                    action.set(corrected);
                    reason.set("");
                    onChanged.run();
                }, errors, () -> reload(current.id()));
    }

    /**
     * Reads the action again and shows it as stored now, with the log, after someone else changed it. The person has
     * already agreed to give up their typing; until the form is clean, {@link #load} would keep it (that is what it
     * does for a change merely heard), and the next save would be refused again over the same version.
     */
    private void reload(long id) {
        changes.markClean();
        tasks.run("task.actions.loadCorrection", workspace -> new ActionCorrections(workspace).find(id), found -> {
            if (action.get() != null && action.get().id() == id) {
                load(found.orElse(null));
            }
            onChanged.run();
        });
    }

    /** Withdraws the action as raised in error, after asking; the reason is required and kept. */
    public void withdraw() {
        Action current = action.get();
        if (current == null) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            errors.show(List.of(Problem.of(REASON, "actions.error.reasonForWithdrawal")));
            return;
        }
        if (!tasks.dialogs().confirm(Messages.get("actions.withdraw.heading", current.reference()),
                Messages.get("actions.withdraw.body", why), Messages.get("actions.withdraw.confirm"))) {
            return;
        }
        // Withdrawing deletes the action from the log: it claims the version shown, as a correction does.
        tasks.save("task.actions.withdraw", Messages.get("changes.editor.actionCorrection"), workspace -> {
            new ActionCorrections(workspace).withdraw(current, why);
            return current;
        }, withdrawn -> {
            load(null);
            onChanged.run();
        }, errors, () -> reload(current.id()));
    }

    public ObservableList<Leader> leaders() {
        return leaders;
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    /** The action's corrections, newest first, as sentences. */
    public ObservableList<String> history() {
        return history;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Leader> ownerProperty() {
        return owner;
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** True while the due date differs from the action's: the reason is then required. */
    public BooleanBinding dueMovedProperty() {
        return dueMoved;
    }

    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Whether the person has typed a correction not yet stored. */
    public ChangeTracker changes() {
        return changes;
    }

    /** The form as an editor: asked about before its typing is given up. */
    public UnsavedChanges editor() {
        return editor;
    }

    /** "Changed by anna at 10:42 …" while the action changed under the person's typing; empty otherwise. */
    public ReadOnlyStringProperty changedByOtherProperty() {
        return changedByOther.textProperty();
    }
}
