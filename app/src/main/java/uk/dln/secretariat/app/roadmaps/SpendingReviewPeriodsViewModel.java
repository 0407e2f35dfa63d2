package uk.dln.secretariat.app.roadmaps;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.roadmaps.SpendingReviewPeriods;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.app.forms.TypedText;

/**
 * The network's Spending Review periods, which roadmaps run over: listed, added, corrected and (when no roadmap
 * uses them) deleted. Years are typed as people write them, e.g. 2026-27.
 */
public final class SpendingReviewPeriodsViewModel implements UnsavedChanges {

    private final WorkspaceTasks tasks;
    private final Runnable onChanged;
    private final ObservableList<SpendingReviewPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<SpendingReviewPeriod> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty firstYear = new SimpleStringProperty(this, "firstYear", "");
    private final StringProperty lastYear = new SimpleStringProperty(this, "lastYear", "");
    private final FieldErrors errors = new FieldErrors("code", "firstYear", "lastYear");
    private final ChangeTracker changes = new ChangeTracker(() -> List.of(code.get(), firstYear.get(),
            lastYear.get()), code, firstYear, lastYear);
    private final ChangeGuard guard;
    private long editingId;
    /** The period as it was shown when the form was filled: a save or delete claims it (decision 0049). */
    private SpendingReviewPeriod shown;

    /** @param onChanged told after a save or delete, so roadmap screens can reload their choices */
    public SpendingReviewPeriodsViewModel(WorkspaceTasks tasks, Runnable onChanged) {
        this.tasks = tasks;
        this.onChanged = onChanged;
        this.guard = new ChangeGuard(tasks.dialogs()).watch(this);
        selected.addListener((obs, old, period) -> {
            if (period != null) {
                edit(period);
            }
        });
    }

    public void load() {
        tasks.run("task.roadmaps.loadPeriods", workspace -> new SpendingReviewPeriods(workspace).all(),
                periods::setAll);
    }

    /** A blank form, once the period being typed is saved or given up. */
    public void newPeriod() {
        guard.leave(this::blank);
    }

    private void blank() {
        selected.set(null);
        editingId = 0;
        shown = null;
        code.set("");
        firstYear.set("");
        lastYear.set("");
        errors.clear();
        changes.markClean();
    }

    public void save() {
        save(() -> { });
    }

    @Override
    public void save(Runnable onSaved) {
        SpendingReviewPeriod period = validated();
        if (period == null) {
            return;
        }
        SpendingReviewPeriod over = shown;
        tasks.save("task.roadmaps.savePeriod", editorName(), workspace -> new SpendingReviewPeriods(workspace).save(period,
                over), saved -> {
                    changes.markSaved();
                    load();
                    onChanged.run();
                    onSaved.run();
                }, errors, this::reloadStored);
    }

    public void delete() {
        SpendingReviewPeriod period = selected.get();
        if (period == null) {
            return;
        }
        SpendingReviewPeriod over = shown != null && shown.id() == period.id() ? shown : period;
        tasks.save("task.roadmaps.savePeriod", editorName(),
                workspace -> new SpendingReviewPeriods(workspace).delete(over), deleted -> {
                    blank();
                    load();
                    onChanged.run();
                }, errors, this::reloadStored);
    }

    /** After a refused save or delete: the periods as stored now, with the one being edited shown again. */
    private void reloadStored() {
        long id = editingId;
        tasks.run("task.roadmaps.loadPeriods", workspace -> new SpendingReviewPeriods(workspace).all(), stored -> {
            periods.setAll(stored);
            stored.stream().filter(p -> p.id() == id).findFirst().ifPresentOrElse(p -> {
                selected.set(p);
                edit(p);
            }, this::blank);
        });
    }

    private void edit(SpendingReviewPeriod period) {
        editingId = period.id();
        shown = period;
        code.set(period.code());
        firstYear.set(period.firstYear().label());
        lastYear.set(period.lastYear().label());
        errors.clear();
        changes.markClean();
    }

    /** Shows the period as stored again, or a blank form. */
    @Override
    public void discard() {
        SpendingReviewPeriod shown = selected.get();
        if (shown == null) {
            blank();
        } else {
            edit(shown);
        }
    }

    @Override
    public ChangeTracker changes() {
        return changes;
    }

    @Override
    public String editorName() {
        return Messages.get("changes.editor.periods");
    }

    /** Asks about the period being typed before choosing another row or closing the dialog. */
    public ChangeGuard guard() {
        return guard;
    }

    private SpendingReviewPeriod validated() {
        var problems = new ArrayList<Problem>(TypedText.problems(code));
        FinancialYear first = year("firstYear", firstYear.get(), problems);
        FinancialYear last = year("lastYear", lastYear.get(), problems);
        try {
            var period = new SpendingReviewPeriod(editingId, code.get(), first, last);
            if (problems.isEmpty()) {
                return period;
            }
        } catch (ValidationException e) {
            e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        errors.show(problems);
        return null;
    }

    private static FinancialYear year(String field, String text, List<Problem> problems) {
        try {
            return FinancialYear.parse(text);
        } catch (ValidationException e) {
            e.problems().forEach(p -> problems.add(new Problem(field, p.messageKey(), p.arguments())));
            return null;
        }
    }

    public ObservableList<SpendingReviewPeriod> periods() {
        return periods;
    }

    public ObjectProperty<SpendingReviewPeriod> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty firstYearProperty() {
        return firstYear;
    }

    public StringProperty lastYearProperty() {
        return lastYear;
    }

    public FieldErrors errors() {
        return errors;
    }
}
