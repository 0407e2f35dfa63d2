package uk.dln.secretariat.app.roadmaps;

import java.time.Clock;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ChangedByOthersNotice;
import uk.dln.secretariat.app.changes.SaveConflict;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.roadmaps.RoadmapEditing;
import uk.dln.secretariat.app.core.roadmaps.RoadmapsSnapshot;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.dialogs.DialogService;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The Roadmaps section's shared state: which period and organisation are chosen, and the snapshot read for them.
 * The forms for roadmaps, milestones, indicators and risks work through it, and every save reloads it. It follows
 * the current workspace, which may open after the section is first shown.
 */
public final class RoadmapsViewModel {

    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<RoadmapsSnapshot> snapshot =
            new ReadOnlyObjectWrapper<>(this, "snapshot", RoadmapsSnapshot.EMPTY);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Long periodId;
    private Long organisationId;
    private Runnable afterReload = () -> { };
    private final List<Consumer<ChangedRecords>> othersChangedListeners = new ArrayList<>();
    private final ChangeGuard changes;
    private final DialogService dialogs;

    public RoadmapsViewModel(WorkspaceService workspaces, TaskExecutor executor, Clock clock, DialogService dialogs) {
        this.workspaces = workspaces;
        this.executor = executor;
        this.clock = clock;
        this.changes = new ChangeGuard(dialogs);
        this.dialogs = dialogs;
        workspaces.currentProperty().addListener((obs, old, now) -> {
            changes.forget();
            periodId = null;
            organisationId = null;
            reload();
        });
    }

    /** Reads the snapshot again for the current choices; shows an empty section when no workspace is open. */
    public void reload() {
        Optional<WorkspaceData> workspace = workspaces.records();
        if (workspace.isEmpty()) {
            snapshot.set(RoadmapsSnapshot.EMPTY);
            return;
        }
        Long period = periodId;
        Long organisation = organisationId;
        executor.execute(BackgroundTask.of(Messages.get("roadmaps.task.load"),
                        progress -> new RoadmapEditing(workspace.get()).snapshot(period, organisation))
                .onSuccess(read -> {
                    problem.set("");
                    snapshot.set(read);
                    Runnable then = afterReload;
                    afterReload = () -> { };
                    then.run();
                })
                .onFailure(error -> problem.set(Messages.describe(error))));
    }

    /** Shows another period, once the forms' unsaved changes are saved or given up. */
    public void choosePeriod(SpendingReviewPeriod period) {
        if (period != null && !Long.valueOf(period.id()).equals(currentPeriodId())) {
            changes.leave(() -> {
                periodId = period.id();
                reload();
            });
        }
    }

    /** Shows another organisation's roadmap, once the forms' unsaved changes are saved or given up. */
    public void chooseOrganisation(Organisation organisation) {
        if (organisation != null) {
            chooseOrganisation(organisation.id());
        }
    }

    /** The same, by the organisation's id (Home's links know only that). */
    public void chooseOrganisation(long id) {
        if (!Long.valueOf(id).equals(currentOrganisationId())) {
            changes.leave(() -> {
                organisationId = id;
                reload();
            });
        }
    }

    /**
     * Someone else changed records of the section (a shared workspace): each form whose record is among them and
     * holds typing says who changed it and when, keeping the typing. The snapshot itself is read again once the
     * forms have nothing unsaved (the window's section refresh), so no typing is replaced meanwhile.
     */
    public void othersChanged(ChangedRecords changed) {
        othersChangedListeners.forEach(listener -> listener.accept(changed));
    }

    /** Tells a form of other people's changes, for its "Changed by …" notice. */
    void whenOthersChange(Consumer<ChangedRecords> listener) {
        othersChangedListeners.add(listener);
    }

    /** A form's "Changed by NAME at HH:MM" notice, said while it holds typing. */
    ChangedByOthersNotice noticeFor(ChangeTracker tracker) {
        return new ChangedByOthersNotice(tracker, clock);
    }

    /**
     * A notice's Reload: after the usual question about the form's unsaved typing (Save, Discard, Cancel), reads the
     * snapshot again and shows the record as stored now. Cancel keeps the typing and the notice.
     */
    void reloadStored(UnsavedChanges editor) {
        new ChangeGuard(dialogs).watch(editor).leave(() -> {
            afterReload = editor::discard;
            reload();
        });
    }

    /** The section's forms (milestone, indicator, risk), which join it as they are built. */
    public ChangeGuard changes() {
        return changes;
    }

    private Long currentPeriodId() {
        return snapshot.get().period().map(SpendingReviewPeriod::id).orElse(null);
    }

    private Long currentOrganisationId() {
        return snapshot.get().organisation().map(Organisation::id).orElse(null);
    }

    /**
     * Runs work against the workspace in the background, then reloads.
     *
     * @param onSaved runs after the reload, on the FX thread
     * @param onError told why the work failed; nothing was stored
     */
    <T> void write(String titleKey, WorkspaceWork<T> work, java.util.function.Consumer<T> onSaved,
                   java.util.function.Consumer<Throwable> onError) {
        workspaces.records().ifPresentOrElse(workspace -> executor.execute(BackgroundTask.of(Messages.get(titleKey),
                        progress -> work.run(new RoadmapEditing(workspace)))
                .onSuccess(result -> {
                    afterReload = () -> onSaved.accept(result);
                    reload();
                })
                .onFailure(onError)), () -> problem.set(Messages.get("settings.noWorkspace.body")));
    }

    /**
     * An editor's save, as {@link #write}; when someone else saved the record after the editor read it, the person
     * chooses Reload (the snapshot is read again and the editor shows the stored record, their version) or Keep
     * editing ({@link SaveConflict}); any other failure goes to {@code onError}.
     */
    <T> void save(String titleKey, UnsavedChanges editor, WorkspaceWork<T> work, java.util.function.Consumer<T> onSaved,
                  java.util.function.Consumer<Throwable> onError) {
        write(titleKey, work, onSaved, error -> {
            var refusal = SaveConflict.of(error);
            if (refusal == null) {
                onError.accept(error);
                return;
            }
            boolean reloading = SaveConflict.resolve(dialogs, editor.editorName(), refusal, () -> {
                afterReload = editor::discard;
                reload();
            });
            if (!reloading) {
                onError.accept(refusal);
            }
        });
    }

    /** Reads from the workspace in the background. */
    <T> void read(String titleKey, WorkspaceWork<T> work, java.util.function.Consumer<T> onRead) {
        workspaces.records().ifPresent(workspace -> executor.execute(BackgroundTask.of(Messages.get(titleKey),
                        progress -> work.run(new RoadmapEditing(workspace)))
                .onSuccess(onRead)
                .onFailure(error -> problem.set(Messages.describe(error)))));
    }

    /** Work done with the open workspace's roadmaps, through the core's use case. */
    @FunctionalInterface
    interface WorkspaceWork<T> {
        T run(RoadmapEditing roadmaps) throws Exception;
    }

    public ReadOnlyObjectProperty<RoadmapsSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public RoadmapsSnapshot snapshot() {
        return snapshot.get();
    }

    /**
     * The chosen organisation's roadmap, which milestones, indicators and risks belong to; when there is none yet,
     * the form is told to agree a strategy first.
     */
    Optional<Roadmap> roadmapFor(FieldErrors errors) {
        var roadmap = snapshot().selected().map(OrganisationRoadmap::roadmap);
        if (roadmap.isEmpty()) {
            errors.show(List.of(Problem.of("roadmap", "roadmaps.error.noRoadmap")));
        }
        return roadmap;
    }

    /** A failure to load, for the section to show; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean hasWorkspace() {
        return workspaces.current().isPresent();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The exceptions across every roadmap of the period, by the network's slippage threshold. */
    public ExceptionsReport exceptions() {
        var current = snapshot.get();
        return ExceptionsReport.compute(today(), current.settings().slippageThresholdDays(), current.overview());
    }

    /** Every milestone of the period, for the timeline and for choosing dependencies. */
    public List<Milestone> periodMilestones() {
        return snapshot.get().overview().stream().flatMap(r -> r.milestones().stream()).toList();
    }
}
