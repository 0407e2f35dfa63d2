package uk.dln.secretariat.app.roadmaps;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;

/** Risks of the open roadmap: the risk form and the counts behind the 5x5 heat map. */
public final class RisksViewModel implements UnsavedChanges {

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String OWNER = "owner";
    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";
    public static final String MITIGATION = "mitigation";
    public static final String STATUS = "status";
    public static final String REVIEW = "reviewDate";
    public static final String MILESTONES = "milestones";

    private final RoadmapsViewModel context;
    private final ReadOnlyObjectWrapper<Risk> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty title = new SimpleStringProperty(this, TITLE, "");
    private final StringProperty description = new SimpleStringProperty(this, DESCRIPTION, "");
    private final StringProperty owner = new SimpleStringProperty(this, OWNER, "");
    private final StringProperty likelihood = new SimpleStringProperty(this, LIKELIHOOD, "");
    private final StringProperty impact = new SimpleStringProperty(this, IMPACT, "");
    private final StringProperty mitigation = new SimpleStringProperty(this, MITIGATION, "");
    private final ObjectProperty<RiskStatus> status = new SimpleObjectProperty<>(this, STATUS, RiskStatus.OPEN);
    private final StringProperty review = new SimpleStringProperty(this, REVIEW, "");
    private final ObservableList<Long> milestones = FXCollections.observableArrayList();
    private final FieldErrors errors =
            new FieldErrors(TITLE, DESCRIPTION, OWNER, LIKELIHOOD, IMPACT, MITIGATION, STATUS, REVIEW, MILESTONES);

    private final ChangeTracker changes = new ChangeTracker(() -> Arrays.asList(title.get(), description.get(),
            owner.get(), likelihood.get(), impact.get(), mitigation.get(), status.get(), review.get(),
            Set.copyOf(milestones)), title, description, owner, likelihood, impact, mitigation, status, review,
            milestones);

    /** "Changed by NAME at HH:MM" while the form holds typing over a record someone else saved since. */
    private final ChangedByOthersNotice changedByOther;

    public RisksViewModel(RoadmapsViewModel context) {
        this.context = context;
        context.changes().watch(this);
        this.changedByOther = context.noticeFor(changes);
        context.whenOthersChange(changed -> changedByOther.check(changed, "risk", selected.get() == null ? 0 : selected.get().id()));
    }

    public List<Risk> risks() {
        return context.snapshot().selected().map(OrganisationRoadmap::risks).orElse(List.of());
    }

    /** Shows a risk in the form, or clears it for a new one when null. */
    public void select(Risk risk) {
        selected.set(risk);
        title.set(risk == null ? "" : risk.title());
        description.set(risk == null ? "" : risk.description());
        owner.set(risk == null ? "" : risk.owner());
        likelihood.set(risk == null ? "" : String.valueOf(risk.likelihood()));
        impact.set(risk == null ? "" : String.valueOf(risk.impact()));
        mitigation.set(risk == null ? "" : risk.mitigation());
        status.set(risk == null ? RiskStatus.OPEN : risk.status());
        review.set(risk == null ? "" : FormInput.format(risk.reviewDate()));
        milestones.setAll(risk == null ? Set.of() : risk.milestoneIds());
        errors.clear();
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
        input.text(title, description, owner, mitigation);
        int l = input.whole(LIKELIHOOD, likelihood.get());
        int i = input.whole(IMPACT, impact.get());
        var reviewDate = input.date(REVIEW, review.get(), true);
        long id = selected.get() == null ? 0 : selected.get().id();
        // The version the form was filled at: the save claims it (decision 0038).
        long version = selected.get() == null ? 0 : selected.get().version();
        Risk risk = input.build(() -> new Risk(id, roadmap.get().id(), title.get(), description.get(), owner.get(),
                l, i, mitigation.get(), status.get(), reviewDate, Set.copyOf(milestones), version));
        if (risk == null) {
            errors.show(input.problems());
            return false;
        }
        context.save("roadmaps.task.saveRisk", this, roadmaps -> roadmaps.saveRisk(risk), saved -> {
            select(saved);
            changes.markSaved();
            onSaved.run();
        }, error -> FormInput.showFailure(errors, error));
        return true;
    }

    /** Shows the risk as stored again, or a blank form. */
    @Override
    public void discard() {
        Risk shown = selected.get();
        select(shown == null ? null : risks().stream().filter(r -> r.id() == shown.id()).findFirst().orElse(shown));
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
        return Messages.get("changes.editor.risk");
    }

    /** Open risks counted by cell: {@code [likelihood - 1][impact - 1]}. */
    public int[][] heatMap() {
        int[][] counts = new int[5][5];
        risks().stream().filter(r -> r.status() == RiskStatus.OPEN)
                .forEach(r -> counts[r.likelihood() - 1][r.impact() - 1]++);
        return counts;
    }

    public boolean reviewOverdue(Risk risk) {
        return risk.reviewOverdue(context.today());
    }

    public ReadOnlyObjectProperty<Risk> selectedProperty() {
        return selected.getReadOnlyProperty();
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

    public StringProperty likelihoodProperty() {
        return likelihood;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public StringProperty mitigationProperty() {
        return mitigation;
    }

    public ObjectProperty<RiskStatus> statusProperty() {
        return status;
    }

    public StringProperty reviewProperty() {
        return review;
    }

    public ObservableList<Long> milestones() {
        return milestones;
    }

    public FieldErrors errors() {
        return errors;
    }
}
