package uk.dln.secretariat.app.roadmaps;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Roadmap;

/** The strategy form: title, summary, link and agreed date of the chosen organisation's roadmap for the period. */
public final class RoadmapFormViewModel {

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

    public RoadmapFormViewModel(RoadmapsViewModel context) {
        this.context = context;
        context.snapshotProperty().addListener((obs, old, now) -> fill());
    }

    private void fill() {
        var roadmap = context.snapshot().selected().map(OrganisationRoadmap::roadmap);
        title.set(roadmap.map(Roadmap::strategyTitle).orElse(""));
        summary.set(roadmap.map(Roadmap::summary).orElse(""));
        link.set(roadmap.map(Roadmap::link).orElse(""));
        agreed.set(roadmap.map(r -> FormInput.format(r.agreedOn())).orElse(""));
        errors.clear();
    }

    /** Creates the roadmap, or updates it; false when a field is wrong and nothing was saved. */
    public boolean save() {
        var snapshot = context.snapshot();
        if (snapshot.organisation().isEmpty() || snapshot.period().isEmpty()) {
            errors.show(List.of(Problem.of("organisation", "roadmaps.error.noOrganisation")));
            return false;
        }
        long id = snapshot.selected().map(r -> r.roadmap().id()).orElse(0L);
        long organisationId = snapshot.organisation().get().id();
        long periodId = snapshot.period().get().id();
        var input = new FormInput();
        input.text(title, summary, link);
        var agreedOn = input.date(AGREED, agreed.get(), false);
        Roadmap roadmap = input.build(() -> new Roadmap(id, organisationId, periodId, title.get(), summary.get(),
                link.get(), agreedOn));
        if (roadmap == null) {
            errors.show(input.problems());
            return false;
        }
        context.write("roadmaps.task.saveRoadmap", w -> w.roadmaps().roadmaps().save(roadmap), saved -> { },
                error -> FormInput.showFailure(errors, error));
        return true;
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
