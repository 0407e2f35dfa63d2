package uk.dln.secretariat.app.roadmaps;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ChangedByOthersNotice;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;

/**
 * The overall delivery confidence of the open roadmap: a judgement with its rationale, recorded as of today. Each
 * new judgement is added to the history; none is overwritten. A new judgement is made over the one shown as
 * standing: when someone else has set another since, it is refused (decision 0049) and the person may reload.
 */
public final class OverallConfidenceViewModel implements UnsavedChanges {

    public static final String CONFIDENCE = "confidence";
    public static final String RATIONALE = "rationale";
    private static final String TABLE = "roadmap_confidence";

    private final RoadmapsViewModel context;
    private final ObjectProperty<DeliveryConfidence> confidence = new SimpleObjectProperty<>(this, CONFIDENCE);
    private final StringProperty rationale = new SimpleStringProperty(this, RATIONALE, "");
    private final ObservableList<OverallConfidence> history = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors(CONFIDENCE, RATIONALE);
    private final ChangeTracker changes = new ChangeTracker(() -> Arrays.asList(confidence.get(), rationale.get()),
            confidence, rationale);
    /** "Changed by NAME at HH:MM" while a judgement is being typed over one that no longer stands. */
    private final ChangedByOthersNotice changedByOther;
    /** The roadmap whose history is shown; 0 for none. */
    private long shownRoadmapId;

    public OverallConfidenceViewModel(RoadmapsViewModel context) {
        this.context = context;
        this.changedByOther = context.noticeFor(changes);
        context.changes().watch(this);
        context.whenOthersChange(this::othersChanged);
        context.snapshotProperty().addListener((obs, old, now) -> {
            // Another form's save reads the roadmap again: the judgement being typed is kept.
            if (!(changes.isDirty() && shownRoadmapId == roadmapId())) {
                load();
            }
        });
        load();
    }

    private long roadmapId() {
        return context.snapshot().selected().map(r -> r.roadmap().id()).orElse(0L);
    }

    private void load() {
        errors.clear();
        var roadmap = context.snapshot().selected().map(OrganisationRoadmap::roadmap);
        shownRoadmapId = roadmap.map(r -> r.id()).orElse(0L);
        if (roadmap.isEmpty()) {
            show(List.of());
            return;
        }
        long id = roadmap.get().id();
        context.read("roadmaps.task.confidenceHistory", roadmaps -> roadmaps.judgements(id),
                judgements -> {
                    if (shownRoadmapId == id) {
                        show(judgements);
                    }
                });
    }

    private void show(List<OverallConfidence> judgements) {
        history.setAll(judgements);
        confidence.set(judgements.isEmpty() ? null : judgements.get(0).confidence());
        rationale.set("");
        changes.markClean();
    }

    /**
     * Someone else set a judgement. Judgements are new records the snapshot does not hold, so the history is read
     * again here: shown at once when nothing is typed; kept behind the typing otherwise, with the form saying who
     * set the one that now stands, and when.
     */
    private void othersChanged(ChangedRecords changed) {
        long id = shownRoadmapId;
        if (id == 0 || changed.in(List.of(TABLE)).isEmpty()) {
            return;
        }
        if (!changes.isDirty()) {
            load();
            return;
        }
        context.read("roadmaps.task.confidenceHistory", roadmaps -> roadmaps.judgements(id),
                judgements -> {
                    if (shownRoadmapId == id && !judgements.isEmpty() && !judgements.equals(history)) {
                        changedByOther.check(changed, TABLE, judgements.get(0).id());
                    }
                });
    }

    /** The judgement the form was filled over: a new one is made over it. None when none has been made. */
    private OverallConfidence standing() {
        return history.isEmpty() ? null : history.get(0);
    }

    /** Records the judgement as of today; false when a field is wrong and nothing was stored. */
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
        input.text(rationale);
        OverallConfidence judgement = input.build(() -> new OverallConfidence(0, roadmap.get().id(),
                confidence.get(), rationale.get(), context.today()));
        if (judgement == null) {
            errors.show(input.problems());
            return false;
        }
        OverallConfidence shown = standing();
        context.save("roadmaps.task.saveConfidence", this,
                roadmaps -> roadmaps.judge(judgement, shown), saved -> {
                    changes.markSaved();
                    // The snapshot does not hold the history, so it may read back unchanged: load the history itself.
                    load();
                    onSaved.run();
                }, error -> FormInput.showFailure(errors, error));
        return true;
    }

    /** Gives up the judgement being typed and reads the roadmap's history again. */
    @Override
    public void discard() {
        changes.markClean();
        load();
    }

    /** The notice's Reload: asks about the typing, then shows the judgements as they stand now. */
    public void reloadStored() {
        context.reloadStored(this);
    }

    public ReadOnlyStringProperty changedByOtherProperty() {
        return changedByOther.textProperty();
    }

    @Override
    public ChangeTracker changes() {
        return changes;
    }

    @Override
    public String editorName() {
        return Messages.get("changes.editor.overallConfidence");
    }

    public ObjectProperty<DeliveryConfidence> confidenceProperty() {
        return confidence;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    /** The roadmap's judgements, latest first. */
    public ObservableList<OverallConfidence> history() {
        return history;
    }

    public FieldErrors errors() {
        return errors;
    }
}
