package uk.dln.secretariat.app.roadmaps;

import java.util.Arrays;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ChangedByOthersNotice;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.roadmaps.TargetLine;
import uk.dln.secretariat.model.time.Quarter;

/** Indicators of the open roadmap: the indicator form, the reading form, and the trend against the target line. */
public final class IndicatorsViewModel implements UnsavedChanges {

    public static final String NAME = "name";
    public static final String UNIT = "unit";
    public static final String DIRECTION = "direction";
    public static final String BASELINE = "baseline";
    public static final String TARGET = "target";
    public static final String TARGET_DATE = "targetDate";
    public static final String PERIOD = "period";
    public static final String VALUE = "value";
    public static final String NOTE = "note";

    /** One quarter on the trend chart: the reading if there is one, and where the target line stands. */
    public record TrendPoint(String quarter, BigDecimal reading, BigDecimal expected) {
    }

    private final RoadmapsViewModel context;
    private final ReadOnlyObjectWrapper<Indicator> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty unit = new SimpleStringProperty(this, UNIT, "");
    private final ObjectProperty<IndicatorDirection> direction =
            new SimpleObjectProperty<>(this, DIRECTION, IndicatorDirection.HIGHER_IS_BETTER);
    private final StringProperty baseline = new SimpleStringProperty(this, BASELINE, "");
    private final StringProperty target = new SimpleStringProperty(this, TARGET, "");
    private final StringProperty targetDate = new SimpleStringProperty(this, TARGET_DATE, "");
    private final StringProperty period = new SimpleStringProperty(this, PERIOD, "");
    private final StringProperty value = new SimpleStringProperty(this, VALUE, "");
    private final StringProperty note = new SimpleStringProperty(this, NOTE, "");
    private final FieldErrors errors = new FieldErrors(NAME, UNIT, DIRECTION, BASELINE, TARGET, TARGET_DATE);
    private final FieldErrors readingErrors = new FieldErrors(PERIOD, VALUE, NOTE);

    private final ChangeTracker changes = new ChangeTracker(() -> Arrays.asList(name.get(), unit.get(),
            direction.get(), baseline.get(), target.get(), targetDate.get()),
            name, unit, direction, baseline, target, targetDate);
    // A reading typed but not added is work too: the value and its note (the quarter alone is only a choice).
    private final ChangeTracker readingChanges = new ChangeTracker(() -> Arrays.asList(value.get(), note.get()),
            value, note);
    private final UnsavedChanges readingEditor = UnsavedChanges.of(Messages.get("changes.editor.reading"),
            readingChanges, this::storeReading, this::discardReading);

    /** "Changed by NAME at HH:MM" while the form holds typing over a record someone else saved since. */
    private final ChangedByOthersNotice changedByOther;

    public IndicatorsViewModel(RoadmapsViewModel context) {
        this.context = context;
        context.changes().watch(this, readingEditor);
        this.changedByOther = context.noticeFor(changes);
        context.whenOthersChange(changed -> changedByOther.check(changed, "indicator", selected.get() == null ? 0 : selected.get().id()));
        context.snapshotProperty().addListener((obs, old, now) -> {
            Indicator current = selected.get();
            // Another form's save reads the roadmap again: the indicator being typed is kept.
            if ((changes.isDirty() || readingChanges.isDirty()) && (current == null || now.indicators().stream()
                    .anyMatch(i -> i.id() == current.id()))) {
                return;
            }
            select(current == null ? null : now.indicators().stream().filter(i -> i.id() == current.id())
                    .findFirst().orElse(null));
        });
    }

    public List<Indicator> indicators() {
        return context.snapshot().indicators();
    }

    /** Shows an indicator in the form and the chart, or clears the form for a new one when null. */
    public void select(Indicator indicator) {
        selected.set(indicator);
        name.set(indicator == null ? "" : indicator.name());
        unit.set(indicator == null ? "" : indicator.unit());
        direction.set(indicator == null ? IndicatorDirection.HIGHER_IS_BETTER : indicator.direction());
        baseline.set(indicator == null ? "" : indicator.baseline().toPlainString());
        target.set(indicator == null ? "" : indicator.target().toPlainString());
        targetDate.set(indicator == null ? "" : FormInput.format(indicator.targetDate()));
        errors.clear();
        readingErrors.clear();
        changes.markClean();
    }

    public boolean save() {
        return store(() -> { });
    }

    @Override
    public void save(Runnable onSaved) {
        store(onSaved);
    }

    private boolean store(Runnable onSaved) {
        var roadmap = context.roadmapFor(errors);
        if (roadmap.isEmpty()) {
            return false;
        }
        var input = new FormInput();
        input.text(name, unit);
        BigDecimal from = input.decimal(BASELINE, baseline.get());
        BigDecimal to = input.decimal(TARGET, target.get());
        var by = input.date(TARGET_DATE, targetDate.get(), true);
        long id = selected.get() == null ? 0 : selected.get().id();
        // The version the form was filled at: the save claims it (decision 0038).
        long version = selected.get() == null ? 0 : selected.get().version();
        Indicator indicator = input.build(() -> new Indicator(id, roadmap.get().id(), name.get(), unit.get(),
                direction.get(), from, to, by, version));
        if (indicator == null) {
            errors.show(input.problems());
            return false;
        }
        context.save("roadmaps.task.saveIndicator", this, roadmaps -> roadmaps.saveIndicator(indicator), saved -> {
            select(saved);
            changes.markSaved();
            onSaved.run();
        }, error -> FormInput.showFailure(errors, error));
        return true;
    }

    /** Shows the indicator as stored again, or a blank form. */
    @Override
    public void discard() {
        Indicator shown = selected.get();
        select(shown == null ? null : indicators().stream().filter(i -> i.id() == shown.id()).findFirst()
                .orElse(shown));
    }

    @Override
    public ChangeTracker changes() {
        return changes;
    }

    /** The notice's Reload: asks about the typing, then shows the record as stored now. */
    public void reloadStored() {
        context.reloadStored(this);
    }

    public ReadOnlyStringProperty changedByOtherProperty() {
        return changedByOther.textProperty();
    }

    @Override
    public String editorName() {
        return Messages.get("changes.editor.indicator");
    }

    /** Adds (or replaces) a reading of the selected indicator for the quarter typed. */
    public boolean addReading() {
        return addReading(() -> { });
    }

    private void storeReading(Runnable onSaved) {
        addReading(onSaved);
    }

    private void discardReading() {
        value.set("");
        note.set("");
        readingErrors.clear();
        readingChanges.markClean();
    }

    /** The reading being typed, as an editor the section asks about before its work would be lost. */
    public UnsavedChanges readingEditor() {
        return readingEditor;
    }

    private boolean addReading(Runnable onSaved) {
        Indicator indicator = selected.get();
        var input = new FormInput();
        if (indicator == null) {
            readingErrors.show(List.of(Problem.of(PERIOD, "roadmaps.error.noIndicator")));
            return false;
        }
        Quarter quarter = null;
        try {
            quarter = Quarter.parse(period.get());
        } catch (ValidationException e) {
            e.problems().forEach(p -> input.add(new Problem(PERIOD, p.messageKey(), p.arguments())));
        }
        var reading = readingIn(input, indicator, quarter);
        if (reading == null) {
            readingErrors.show(input.problems());
            return false;
        }
        context.write("roadmaps.task.saveReading", roadmaps -> roadmaps.addReading(reading), saved -> {
            value.set("");
            note.set("");
            readingErrors.clear();
            readingChanges.markSaved();
            onSaved.run();
        }, error -> FormInput.showFailure(readingErrors, error));
        return true;
    }

    private IndicatorReading readingIn(FormInput input, Indicator indicator, Quarter quarter) {
        BigDecimal number = input.decimal(VALUE, value.get());
        var shown = context.snapshot().period();
        if (quarter != null && shown.isPresent() && !shown.get().quarters().contains(quarter)) {
            input.add(Problem.of(PERIOD, "roadmaps.error.unknownPeriod", quarter.label(), shown.get().label()));
        }
        Quarter known = quarter;
        input.text(note);
        return input.build(() -> new IndicatorReading(indicator.id(), known, number, note.get()));
    }

    public List<IndicatorReading> readings(Indicator indicator) {
        return context.snapshot().readings().getOrDefault(indicator.id(), List.of());
    }

    public IndicatorTrack track(Indicator indicator) {
        return context.snapshot().period().map(p -> new TargetLine(indicator, p.start()).track(readings(indicator)))
                .orElse(IndicatorTrack.NO_READINGS);
    }

    /** Every quarter of the period with the selected indicator's reading and target line. */
    public List<TrendPoint> trend() {
        Indicator indicator = selected.get();
        if (indicator == null || context.snapshot().period().isEmpty()) {
            return List.of();
        }
        SpendingReviewPeriod shown = context.snapshot().period().get();
        var line = new TargetLine(indicator, shown.start());
        Map<Quarter, BigDecimal> byQuarter = readings(indicator).stream()
                .collect(Collectors.toMap(IndicatorReading::period, IndicatorReading::value));
        return shown.quarters().stream()
                .map(q -> new TrendPoint(q.label(), byQuarter.get(q), line.expectedOn(q.end())))
                .toList();
    }

    /** The quarters readings may be given for, as suggestions. */
    public List<String> quarterChoices() {
        return context.snapshot().period().map(p -> p.quarters().stream().map(Quarter::label).toList())
                .orElse(List.of());
    }

    public ReadOnlyObjectProperty<Indicator> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<IndicatorDirection> directionProperty() {
        return direction;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty targetDateProperty() {
        return targetDate;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FieldErrors errors() {
        return errors;
    }

    public FieldErrors readingErrors() {
        return readingErrors;
    }

}
