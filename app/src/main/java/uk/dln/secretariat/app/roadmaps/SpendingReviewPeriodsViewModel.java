package uk.dln.secretariat.app.roadmaps;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.directory.WorkspaceTasks;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.app.forms.TypedText;

/**
 * The network's Spending Review periods, which roadmaps run over: listed, added, corrected and (when no roadmap
 * uses them) deleted. Years are typed as people write them, e.g. 2026-27.
 */
public final class SpendingReviewPeriodsViewModel {

    private final WorkspaceTasks tasks;
    private final Runnable onChanged;
    private final ObservableList<SpendingReviewPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<SpendingReviewPeriod> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty firstYear = new SimpleStringProperty(this, "firstYear", "");
    private final StringProperty lastYear = new SimpleStringProperty(this, "lastYear", "");
    private final FieldErrors errors = new FieldErrors("code", "firstYear", "lastYear");
    private long editingId;

    /** @param onChanged told after a save or delete, so roadmap screens can reload their choices */
    public SpendingReviewPeriodsViewModel(WorkspaceTasks tasks, Runnable onChanged) {
        this.tasks = tasks;
        this.onChanged = onChanged;
        selected.addListener((obs, old, period) -> {
            if (period != null) {
                edit(period);
            }
        });
    }

    public void load() {
        tasks.run("task.roadmaps.loadPeriods", workspace -> workspace.roadmaps().periods().findAll(),
                periods::setAll);
    }

    public void newPeriod() {
        selected.set(null);
        editingId = 0;
        code.set("");
        firstYear.set("");
        lastYear.set("");
        errors.clear();
    }

    public void save() {
        SpendingReviewPeriod period = validated();
        if (period == null) {
            return;
        }
        tasks.run("task.roadmaps.savePeriod", workspace -> workspace.roadmaps().periods().save(period), saved -> {
            load();
            onChanged.run();
        }, errors);
    }

    public void delete() {
        SpendingReviewPeriod period = selected.get();
        if (period == null) {
            return;
        }
        tasks.run("task.roadmaps.savePeriod", workspace -> {
            workspace.roadmaps().periods().delete(period.id());
            return period;
        }, deleted -> {
            newPeriod();
            load();
            onChanged.run();
        }, errors);
    }

    private void edit(SpendingReviewPeriod period) {
        editingId = period.id();
        code.set(period.code());
        firstYear.set(period.firstYear().label());
        lastYear.set(period.lastYear().label());
        errors.clear();
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
