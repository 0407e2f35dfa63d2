package uk.dln.secretariat.app.roadmaps;

import java.util.Arrays;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ChangedByOthersNotice;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneChange;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;

/** The milestone form: a new milestone or the one chosen in the list, its history, and saving it. */
public final class MilestoneFormViewModel implements UnsavedChanges {

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String OWNER = "owner";
    public static final String BASELINE = "baselineDate";
    public static final String FORECAST = "forecastDate";
    public static final String ACTUAL = "actualDate";
    public static final String STATUS = "status";
    public static final String CONFIDENCE = "confidence";
    public static final String DEPENDS_ON = "dependsOn";
    public static final String REASON = "reason";

    private final RoadmapsViewModel context;
    private final ReadOnlyLongWrapper editingId = new ReadOnlyLongWrapper(this, "editingId", 0);
    /** The version of the milestone the form was filled from: the save claims it (decision 0038). */
    private long editingVersion;
    private final StringProperty title = new SimpleStringProperty(this, TITLE, "");
    private final StringProperty description = new SimpleStringProperty(this, DESCRIPTION, "");
    private final StringProperty owner = new SimpleStringProperty(this, OWNER, "");
    private final StringProperty baseline = new SimpleStringProperty(this, BASELINE, "");
    private final StringProperty forecast = new SimpleStringProperty(this, FORECAST, "");
    private final StringProperty actual = new SimpleStringProperty(this, ACTUAL, "");
    /** Why the forecast or confidence changes; kept in the milestone's history with the change. */
    private final StringProperty reason = new SimpleStringProperty(this, REASON, "");
    private final ObjectProperty<MilestoneStatus> status =
            new SimpleObjectProperty<>(this, STATUS, MilestoneStatus.NOT_STARTED);
    private final ObjectProperty<DeliveryConfidence> confidence =
            new SimpleObjectProperty<>(this, CONFIDENCE, DeliveryConfidence.GREEN);
    private final ObservableList<Long> dependsOn = FXCollections.observableArrayList();
    private final ObservableList<MilestoneChange> history = FXCollections.observableArrayList();
    private final FieldErrors errors =
            new FieldErrors(TITLE, DESCRIPTION, OWNER, BASELINE, FORECAST, ACTUAL, STATUS, CONFIDENCE, DEPENDS_ON,
                    REASON);

    private final ChangeTracker changes = new ChangeTracker(() -> Arrays.asList(title.get(), description.get(),
            owner.get(), baseline.get(), forecast.get(), actual.get(), status.get(), confidence.get(),
            Set.copyOf(dependsOn), reason.get()), title, description, owner, baseline, forecast, actual, status,
            confidence, dependsOn, reason);

    /** "Changed by NAME at HH:MM" while the form holds typing over a record someone else saved since. */
    private final ChangedByOthersNotice changedByOther;

    public MilestoneFormViewModel(RoadmapsViewModel context) {
        this.context = context;
        context.changes().watch(this);
        this.changedByOther = context.noticeFor(changes);
        context.whenOthersChange(changed -> changedByOther.check(changed, "milestone", editingId.get()));
    }

    /** Clears the form for a new milestone. */
    public void startNew() {
        editingId.set(0);
        editingVersion = 0;
        title.set("");
        description.set("");
        owner.set("");
        baseline.set("");
        forecast.set("");
        actual.set("");
        status.set(MilestoneStatus.NOT_STARTED);
        confidence.set(DeliveryConfidence.GREEN);
        dependsOn.clear();
        reason.set("");
        history.clear();
        errors.clear();
        changes.markClean();
    }

    /** Fills the form from a stored milestone and reads its history. */
    public void edit(Milestone milestone) {
        if (milestone == null) {
            startNew();
            return;
        }
        editingId.set(milestone.id());
        editingVersion = milestone.version();
        title.set(milestone.title());
        description.set(milestone.description());
        owner.set(milestone.owner());
        baseline.set(FormInput.format(milestone.baselineDate()));
        forecast.set(FormInput.format(milestone.forecastDate()));
        actual.set(FormInput.format(milestone.actualDate()));
        status.set(milestone.status());
        confidence.set(milestone.confidence());
        dependsOn.setAll(milestone.dependsOn());
        reason.set("");
        errors.clear();
        changes.markClean();
        context.read("roadmaps.task.history", roadmaps -> roadmaps.milestoneHistory(milestone.id()),
                history::setAll);
    }

    /**
     * Checks the form and saves it; the form then shows the stored milestone and its history.
     *
     * @return false when something is wrong (each field shows its message) and nothing was saved
     */
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
        input.text(title, description, owner);
        var baselineDate = input.date(BASELINE, baseline.get(), true);
        var forecastDate = input.date(FORECAST, forecast.get(), true);
        var actualDate = input.date(ACTUAL, actual.get(), false);
        long id = editingId.get();
        long version = editingVersion;
        Milestone milestone = input.build(() -> new Milestone(id, roadmap.get().id(), title.get(), description.get(),
                owner.get(), baselineDate, forecastDate, actualDate, status.get(), confidence.get(),
                Set.copyOf(dependsOn), version));
        if (milestone != null) {
            context.snapshot().period().ifPresent(period -> milestone.problemsWithin(period).forEach(input::add));
        }
        if (!input.problems().isEmpty()) {
            errors.show(input.problems());
            return false;
        }
        errors.clear();
        String why = reason.get();
        context.save("roadmaps.task.saveMilestone", this, roadmaps -> roadmaps.saveMilestone(milestone, why), saved -> {
            edit(saved);
            changes.markSaved();
            onSaved.run();
        }, error -> FormInput.showFailure(errors, error));
        return true;
    }

    /** Shows the milestone as stored again, or a blank form. */
    @Override
    public void discard() {
        edit(context.snapshot().selected().stream().flatMap(r -> r.milestones().stream())
                .filter(m -> m.id() == editingId.get()).findFirst().orElse(null));
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
        return Messages.get("changes.editor.milestone");
    }

    /** The milestone being edited, as last stored, for the slippage shown beside the form. */
    public String slippageText() {
        return context.snapshot().selected().stream().flatMap(r -> r.milestones().stream())
                .filter(m -> m.id() == editingId.get()).findFirst()
                .map(m -> RoadmapTexts.slippage(m.slippageDays())).orElse("");
    }

    public ReadOnlyLongProperty editingIdProperty() {
        return editingId.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty forecastProperty() {
        return forecast;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty actualProperty() {
        return actual;
    }

    public ObjectProperty<MilestoneStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<DeliveryConfidence> confidenceProperty() {
        return confidence;
    }

    public ObservableList<Long> dependsOn() {
        return dependsOn;
    }

    public ObservableList<MilestoneChange> history() {
        return history;
    }

    public FieldErrors errors() {
        return errors;
    }
}
