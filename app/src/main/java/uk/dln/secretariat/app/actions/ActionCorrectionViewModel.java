package uk.dln.secretariat.app.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

    /** @param onChanged told after a correction or withdrawal is stored, so the log can be read again */
    public ActionCorrectionViewModel(WorkspaceTasks tasks, Runnable onChanged) {
        this.tasks = tasks;
        this.onChanged = onChanged;
    }

    /** Fills the form from the action (none: empty), reading the directory's choices and the action's history. */
    public void load(Action chosen) {
        action.set(chosen);
        history.clear();
        errors.clear();
        reason.set("");
        if (chosen == null) {
            description.set("");
            owner.set(null);
            organisation.set(null);
            dueOn.set(null);
            return;
        }
        description.set(chosen.description());
        dueOn.set(chosen.dueOn());
        long id = chosen.id();
        tasks.run("task.actions.loadCorrection", workspace -> new Choices(
                workspace.leaders().findAll().stream().sorted(Comparator.comparing(Leader::name)).toList(),
                workspace.organisations().findAll().stream()
                        .sorted(Comparator.comparing(Organisation::shortName)).toList(),
                workspace.actions().revisions(id)), loaded -> {
                    if (action.get() == null || action.get().id() != id) {
                        return;
                    }
                    leaders.setAll(loaded.leaders());
                    organisations.setAll(loaded.organisations());
                    owner.set(loaded.leaders().stream().filter(l -> l.id() == chosen.ownerId()).findFirst()
                            .orElse(null));
                    organisation.set(loaded.organisations().stream()
                            .filter(o -> o.id() == chosen.organisationId()).findFirst().orElse(null));
                    history.setAll(loaded.revisions().stream().map(ActionCorrectionViewModel::line).toList());
                });
    }

    private record Choices(List<Leader> leaders, List<Organisation> organisations, List<ActionRevision> revisions) {
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
                workspace -> workspace.actions().correct(current.id(), current.version(), correction),
                corrected -> {
                    action.set(corrected);
                    reason.set("");
                    onChanged.run();
                }, errors, () -> reload(current.id()));
    }

    /** Reads the action again and shows it as stored now, with the log, e.g. after someone else changed it. */
    private void reload(long id) {
        tasks.run("task.actions.loadCorrection", workspace -> workspace.actions().find(id), found -> {
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
        tasks.run("task.actions.withdraw", workspace -> {
            workspace.actions().withdraw(current.id(), why);
            return current;
        }, withdrawn -> {
            load(null);
            onChanged.run();
        }, errors);
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
}
