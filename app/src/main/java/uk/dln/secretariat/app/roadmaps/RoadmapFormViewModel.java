package uk.dln.secretariat.app.roadmaps;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Roadmap;

/** The strategy form: title, summary, link and agreed date of the chosen organisation's roadmap for the period. */
public final class RoadmapFormViewModel implements UnsavedChanges {

    public static final String TITLE = "strategyTitle";
    public static final String SUMMARY = "summary";
    public static final String LINK = "link";
    public static final String AGREED = "agreedOn";

    private final RoadmapsViewModel context;
    private final StringProperty title = new SimpleStringProperty(this, TITLE, "");
    private final StringProperty summary = new SimpleStringProperty(this, SUMMARY, "");
    private final StringProperty link = new SimpleStringProperty(this, LINK, "");
    private final StringProperty agreed = new SimpleStringProperty(this, AGREED, "");
    private final FieldErrors errors = new FieldErrors(TITLE, SUMMARY, LINK, AGREED);
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(title.get(), summary.get(), link.get(), agreed.get()), title, summary, link, agreed);
    private List<Object> filledFor = List.of();

    public RoadmapFormViewModel(RoadmapsViewModel context) {
        this.context = context;
        context.changes().watch(this);
        context.snapshotProperty().addListener((obs, old, now) -> {
            // Another form's save reads the roadmap again: the strategy being typed is kept.
            if (!(changes.isDirty() && filledFor.equals(shownRoadmap()))) {
                fill();
            }
        });
    }

    /** Which organisation and period the form is about. */
    private List<Object> shownRoadmap() {
        var snapshot = context.snapshot();
        return Arrays.asList(snapshot.organisation().map(o -> o.id()).orElse(null),
                snapshot.period().map(p -> p.id()).orElse(null));
    }

    private void fill() {
        filledFor = shownRoadmap();
        var roadmap = context.snapshot().selected().map(OrganisationRoadmap::roadmap);
        title.set(roadmap.map(Roadmap::strategyTitle).orElse(""));
        summary.set(roadmap.map(Roadmap::summary).orElse(""));
        link.set(roadmap.map(Roadmap::link).orElse(""));
        agreed.set(roadmap.map(r -> FormInput.format(r.agreedOn())).orElse(""));
        errors.clear();
        changes.markClean();
    }

    /** Creates the roadmap, or updates it; false when a field is wrong and nothing was saved. */
    public boolean save() {
        return store(() -> { });
    }

    @Override
    public void save(Runnable onSaved) {
        store(onSaved);
    }

    private boolean store(Runnable onSaved) {
        var snapshot = context.snapshot();
        if (snapshot.organisation().isEmpty() || snapshot.period().isEmpty()) {
            errors.show(List.of(Problem.of("organisation", "roadmaps.error.noOrganisation")));
            return false;
        }
        long id = snapshot.selected().map(r -> r.roadmap().id()).orElse(0L);
        // The version the form was filled at: the save claims it (decision 0038).
        long version = snapshot.selected().map(r -> r.roadmap().version()).orElse(0L);
        long organisationId = snapshot.organisation().get().id();
        long periodId = snapshot.period().get().id();
        var input = new FormInput();
        input.text(title, summary, link);
        var agreedOn = input.date(AGREED, agreed.get(), false);
        Roadmap roadmap = input.build(() -> new Roadmap(id, organisationId, periodId, title.get(), summary.get(),
                link.get(), agreedOn, version));
        if (roadmap == null) {
            errors.show(input.problems());
            return false;
        }
        context.save("roadmaps.task.saveRoadmap", this, roadmaps -> roadmaps.saveStrategy(roadmap), saved -> {
                    fill();
                    changes.markSaved();
                    onSaved.run();
                },
                error -> FormInput.showFailure(errors, error));
        return true;
    }

    @Override
    public void discard() {
        fill();
    }

    @Override
    public ChangeTracker changes() {
        return changes;
    }

    @Override
    public String editorName() {
        return Messages.get("changes.editor.strategy");
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty agreedProperty() {
        return agreed;
    }

    public FieldErrors errors() {
        return errors;
    }
}
