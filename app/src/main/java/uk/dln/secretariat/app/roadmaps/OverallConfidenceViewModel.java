package uk.dln.secretariat.app.roadmaps;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;

/**
 * The overall delivery confidence of the open roadmap: a judgement with its rationale, recorded as of today. Each
 * new judgement is added to the history; none is overwritten.
 */
public final class OverallConfidenceViewModel {

    public static final String CONFIDENCE = "confidence";
    public static final String RATIONALE = "rationale";

    private final RoadmapsViewModel context;
    private final ObjectProperty<DeliveryConfidence> confidence = new SimpleObjectProperty<>(this, CONFIDENCE);
    private final StringProperty rationale = new SimpleStringProperty(this, RATIONALE, "");
    private final ObservableList<OverallConfidence> history = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors(CONFIDENCE, RATIONALE);

    public OverallConfidenceViewModel(RoadmapsViewModel context) {
        this.context = context;
        context.snapshotProperty().addListener((obs, old, now) -> load());
        load();
    }

    private void load() {
        errors.clear();
        var roadmap = context.snapshot().selected().map(OrganisationRoadmap::roadmap);
        if (roadmap.isEmpty()) {
            show(List.of());
            return;
        }
        long id = roadmap.get().id();
        context.read("roadmaps.task.confidenceHistory", w -> w.roadmaps().overallConfidence().history(id),
                this::show);
    }

    private void show(List<OverallConfidence> judgements) {
        history.setAll(judgements);
        confidence.set(judgements.isEmpty() ? null : judgements.get(0).confidence());
        rationale.set("");
    }

    /** Records the judgement as of today; false when a field is wrong and nothing was stored. */
    public boolean save() {
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
        context.write("roadmaps.task.saveConfidence", w -> w.roadmaps().overallConfidence().record(judgement),
                // The snapshot does not hold the history, so it may read back unchanged: load the history itself.
                saved -> load(), error -> FormInput.showFailure(errors, error));
        return true;
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
