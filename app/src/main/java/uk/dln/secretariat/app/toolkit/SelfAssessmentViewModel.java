package uk.dln.secretariat.app.toolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ChangedByOthersWatch;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.i18n.DocumentMessages;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.core.toolkit.RoleChecks;
import uk.dln.secretariat.app.core.toolkit.SelfAssessmentExport;
import uk.dln.secretariat.app.core.toolkit.SelfAssessmentRounds;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;
import uk.dln.secretariat.model.toolkit.RoleCheck;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.model.toolkit.ToolkitApproach;

/**
 * The self-assessment screen: the rounds, the chosen round's heat map with what the network reads from it (movement,
 * weakest approaches, who to learn from), the form that rates one organisation's approach, and the role check.
 */
public final class SelfAssessmentViewModel {

    public static final int WEAKEST_SHOWN = 5;

    private final WorkspaceTasks tasks;
    private final Path exportFolder;
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper(this, "exportStatus", "");
    private final Clock clock;
    private final ObservableList<SelfAssessmentRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<SelfAssessmentRound> round = new SimpleObjectProperty<>(this, "round");
    private final ReadOnlyObjectWrapper<NetworkHeatMap> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap");
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ObservableList<ToolkitApproach> approaches = FXCollections.observableArrayList();
    private final ObservableList<String> weakest = FXCollections.observableArrayList();
    private final ObservableList<String> learnFrom = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper movement = new ReadOnlyStringWrapper(this, "movement", "");
    private final ReadOnlyStringWrapper focused = new ReadOnlyStringWrapper(this, "focused",
            Messages.get("toolkit.focused.hint"));
    private final ReadOnlyStringWrapper learnFromHeading = new ReadOnlyStringWrapper(this, "learnFromHeading", "");

    private final StringProperty newRoundName = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<LocalDate> newRoundOpensOn = new SimpleObjectProperty<>(this, "opensOn");
    private final ObjectProperty<LocalDate> newRoundDeadline = new SimpleObjectProperty<>(this, "deadline");
    private final FieldErrors roundErrors = new FieldErrors("name", "opensOn", "deadline");

    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>(this, "organisation");
    private final ObjectProperty<ToolkitApproach> approach = new SimpleObjectProperty<>(this, "approach");
    private final ObjectProperty<MaturityLevel> level = new SimpleObjectProperty<>(this, "level");
    private final StringProperty reason = new SimpleStringProperty(this, "notApplicableReason", "");
    private final StringProperty evidence = new SimpleStringProperty(this, "evidence", "");
    private final StringProperty nextStep = new SimpleStringProperty(this, "nextStep", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final ObjectProperty<LocalDate> targetOn = new SimpleObjectProperty<>(this, "targetOn");
    private final FieldErrors ratingErrors = new FieldErrors("round", "organisation", "approach", "level",
            "notApplicableReason", "evidence", "nextStep", "owner", "targetOn");
    private final ChangeTracker ratingChanges = new ChangeTracker(() -> Arrays.asList(level.get(), reason.get(),
            evidence.get(), nextStep.get(), owner.get(), targetOn.get()),
            level, reason, evidence, nextStep, owner, targetOn);
    private final ReadOnlyStringWrapper ratingStatus = new ReadOnlyStringWrapper(this, "ratingStatus", "");

    private final ObservableList<RoleCheck> roleChecks = FXCollections.observableArrayList();
    private final ObjectProperty<RoleCheck> roleCheck = new SimpleObjectProperty<>(this, "roleCheck");
    private final ObservableList<String> checklist = FXCollections.observableArrayList();
    private final ObservableList<String> roleGaps = FXCollections.observableArrayList();
    private final ObjectProperty<RoleExpectation> expectation = new SimpleObjectProperty<>(this, "expectation");
    private final ObjectProperty<LocalDate> metOn = new SimpleObjectProperty<>(this, "metOn");
    private final StringProperty roleEvidence = new SimpleStringProperty(this, "roleEvidence", "");
    private final ObservableList<RoleExpectation> expectations = FXCollections.observableArrayList();
    private final FieldErrors roleErrors = new FieldErrors("organisation", "expectation", "metOn", "evidence");
    private final ChangeTracker roleChanges = new ChangeTracker(() -> Arrays.asList(metOn.get(), roleEvidence.get()),
            metOn, roleEvidence);
    private final ObservableList<Meeting> agendaMeetings = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> agendaMeeting = new SimpleObjectProperty<>(this, "agendaMeeting");
    private final ReadOnlyStringWrapper agendaStatus = new ReadOnlyStringWrapper(this, "agendaStatus", "");
    private final UnsavedChanges ratingEditor;
    private final UnsavedChanges roleEditor;
    private final ChangeGuard changes;
    /** The rating the form was filled from: its save claims that version (decision 0038). */
    private Shown ratingShown = Shown.NONE;
    /** The role check item the form was filled from: its save claims that version. */
    private Shown roleItemShown = Shown.NONE;
    private final ChangedByOthersWatch ratingChangedByOthers;
    private final ChangedByOthersWatch roleItemChangedByOthers;

    /**
     * Which record a form shows ({@code key} names it: round, organisation and approach, or organisation and
     * expectation) and its row and version as read; row and version 0 when nothing is stored for it yet.
     */
    private record Shown(List<Object> key, long id, long version) {
        static final Shown NONE = new Shown(List.of(), 0, 0);
    }

    public SelfAssessmentViewModel(WorkspaceTasks tasks, Clock clock) {
        this(tasks, clock, defaultFolder());
    }

    /** @param exportFolder where the pack section and the ratings tracker are written */
    public SelfAssessmentViewModel(WorkspaceTasks tasks, Clock clock, Path exportFolder) {
        this.exportFolder = exportFolder;
        this.tasks = tasks.withErrorHeading("toolkit.error.heading");
        this.clock = clock;
        this.ratingEditor = UnsavedChanges.of(Messages.get("changes.editor.rating"), ratingChanges,
                this::saveRating, this::fillRatingForm);
        this.roleEditor = UnsavedChanges.of(Messages.get("changes.editor.roleCheck"), roleChanges,
                this::saveRoleItem, this::fillRoleForm);
        this.changes = new ChangeGuard(this.tasks.dialogs()).watch(ratingEditor, roleEditor);
        this.ratingChangedByOthers = new ChangedByOthersWatch(ratingChanges, clock, "approach_rating",
                () -> ratingShown.id(), new ChangeGuard(this.tasks.dialogs()).watch(ratingEditor));
        this.roleItemChangedByOthers = new ChangedByOthersWatch(roleChanges, clock, "role_check_item",
                () -> roleItemShown.id(), new ChangeGuard(this.tasks.dialogs()).watch(roleEditor));
        round.addListener((obs, old, chosen) -> loadHeatMap());
        organisation.addListener((obs, old, now) -> fillRatingForm());
        approach.addListener((obs, old, now) -> fillRatingForm());
        roleCheck.addListener((obs, old, now) -> showRoleCheck());
        expectation.addListener((obs, old, now) -> fillRoleForm());
        tasks.workspaces().currentProperty().addListener((obs, old, opened) -> reload());
        reload();
    }

    /**
     * Someone else changed self-assessment records: a form typing over one of them keeps the typing and says who
     * changed it; the rest is read again (decision 0046).
     */
    public void othersChanged(ChangedRecords changed) {
        ratingChangedByOthers.othersChanged(changed);
        roleItemChangedByOthers.othersChanged(changed);
        reload();
    }

    /** The rating form's "Changed by …" notice and its Reload. */
    public ChangedByOthersWatch ratingChangedByOthers() {
        return ratingChangedByOthers;
    }

    /** The role check form's "Changed by …" notice and its Reload. */
    public ChangedByOthersWatch roleItemChangedByOthers() {
        return roleItemChangedByOthers;
    }

    /** Reads the rounds and role checks, then the chosen (or latest) round's heat map. */
    public void reload() {
        if (tasks.workspaces().current().isEmpty()) {
            rounds.clear();
            heatMap.set(null);
            return;
        }
        long keep = round.get() == null ? 0 : round.get().id();
        tasks.run("task.toolkit.load", workspace -> new SelfAssessmentRounds(workspace).overview(), loaded -> {
                    rounds.setAll(loaded.rounds());
                    showRoleChecks(loaded.checks());
                    showAgendaMeetings(loaded.meetings());
                    var chosen = loaded.rounds().stream().filter(r -> r.id() == keep).findFirst()
                            .orElse(loaded.rounds().isEmpty() ? null : loaded.rounds().get(0));
                    if (chosen != null && chosen.equals(round.get())) {
                        loadHeatMap();
                    } else {
                        round.set(chosen);
                    }
                });
    }

    private void loadHeatMap() {
        var chosen = round.get();
        if (chosen == null) {
            heatMap.set(null);
            show(null);
            return;
        }
        tasks.run("task.toolkit.load", workspace -> new SelfAssessmentRounds(workspace).heatMap(chosen.id())
                .orElse(null), this::show);
    }

    /** Shows a heat map (public so it can be tried with a generated network). */
    public void show(NetworkHeatMap map) {
        heatMap.set(map);
        if (map == null) {
            weakest.clear();
            movement.set("");
            return;
        }
        if (!organisations.equals(map.organisations())) {
            organisations.setAll(map.organisations());
        }
        if (!approaches.equals(map.approaches())) {
            approaches.setAll(map.approaches());
        }
        weakest.setAll(map.weakest(WEAKEST_SHOWN).stream().map(s -> Messages.get("toolkit.weakest.line",
                s.approach().label(), String.format(Locale.UK, "%.1f", s.average()), s.rated())).toList());
        var moved = map.movement();
        movement.set(map.previous().isEmpty() ? Messages.get("toolkit.movement.none")
                : Messages.get("toolkit.movement.summary", moved.up(), moved.down(), moved.same()));
        if (!(ratingChanges.isDirty() && ratingShown.key().equals(ratingKey()))) {
            // Read again after someone else's change: what is being typed for the same rating is kept.
            fillRatingForm();
        }
    }

    private List<Object> ratingKey() {
        return round.get() == null || organisation.get() == null || approach.get() == null ? List.of()
                : List.of(round.get().id(), organisation.get().id(), approach.get().id());
    }

    /** The words a heat-map cell carries, never colour alone: "3 Est", "N/A", or a dash when not rated. */
    public static String cellText(NetworkHeatMap map, long organisationId, long approachId) {
        var rating = map.rating(organisationId, approachId);
        if (rating.isEmpty()) {
            return Messages.get("toolkit.cell.unrated");
        }
        String text = Messages.get(rating.get().level().shortKey());
        OptionalInt change = map.movement(organisationId, approachId);
        if (change.isPresent() && change.getAsInt() != 0) {
            text += change.getAsInt() > 0 ? " \u25B2" : " \u25BC";
        }
        return text;
    }

    /** What a screen reader says for a cell, and what the detail panel shows when the cell has the focus. */
    public String cellDescription(long organisationId, long approachId) {
        var map = heatMap.get();
        if (map == null) {
            return "";
        }
        String org = map.organisation(organisationId).map(Organisation::shortName).orElse("");
        String label = approaches.stream().filter(a -> a.id() == approachId).findFirst()
                .map(ToolkitApproach::label).orElse("");
        var rating = map.rating(organisationId, approachId);
        if (rating.isEmpty()) {
            return Messages.get("toolkit.cell.describeUnrated", org, label);
        }
        var r = rating.get();
        String change = map.movement(organisationId, approachId).stream()
                .mapToObj(c -> c > 0 ? Messages.get("toolkit.cell.movementUp", c) : c < 0
                        ? Messages.get("toolkit.cell.movementDown", -c) : Messages.get("toolkit.cell.movementSame"))
                .findFirst().orElse("");
        String evidenceText = r.level() == MaturityLevel.NOT_APPLICABLE ? r.notApplicableReason() : r.evidence();
        return Messages.get("toolkit.cell.describe", org, label, Messages.get(r.level().messageKey()),
                evidenceText.isEmpty() ? Messages.get("toolkit.cell.noEvidence") : evidenceText, change);
    }

    /** A cell has the focus: show its evidence and, for its approach, who to learn from. */
    public void focusCell(long organisationId, long approachId) {
        focused.set(cellDescription(organisationId, approachId));
        var map = heatMap.get();
        if (map == null) {
            return;
        }
        approaches.stream().filter(a -> a.id() == approachId).findFirst().ifPresent(a ->
                learnFromHeading.set(Messages.get("toolkit.learnFrom.heading", a.label())));
        var embedded = map.whoToLearnFrom(approachId);
        learnFrom.setAll(embedded.isEmpty() ? List.of(Messages.get("toolkit.learnFrom.none"))
                : embedded.stream().map(r -> Messages.get("toolkit.learnFrom.line",
                map.organisation(r.organisationId()).map(Organisation::shortName).orElse(""),
                r.evidence().isEmpty() ? Messages.get("toolkit.cell.noEvidence") : r.evidence())).toList());
    }

    /** Chooses a cell's organisation and approach in the rating form, once the rating showing is saved or not. */
    public void editCell(long organisationId, long approachId) {
        changes.leave(List.of(ratingEditor), () -> chooseCell(organisationId, approachId));
    }

    /** Chooses another organisation in the rating form, once the rating showing is saved or not. */
    public void chooseOrganisation(Organisation chosen) {
        if (chosen != null && !chosen.equals(organisation.get())) {
            changes.leave(List.of(ratingEditor), () -> organisation.set(chosen));
        }
    }

    /** Chooses another approach in the rating form, once the rating showing is saved or not. */
    public void chooseApproach(ToolkitApproach chosen) {
        if (chosen != null && !chosen.equals(approach.get())) {
            changes.leave(List.of(ratingEditor), () -> approach.set(chosen));
        }
    }

    private void chooseCell(long organisationId, long approachId) {
        organisations.stream().filter(o -> o.id() == organisationId).findFirst().ifPresent(organisation::set);
        approaches.stream().filter(a -> a.id() == approachId).findFirst().ifPresent(approach::set);
    }

    private void fillRatingForm() {
        var map = heatMap.get();
        if (map == null || organisation.get() == null || approach.get() == null) {
            return;
        }
        var existing = map.rating(organisation.get().id(), approach.get().id());
        ratingShown = new Shown(ratingKey(), existing.map(ApproachRating::id).orElse(0L),
                existing.map(ApproachRating::version).orElse(0L));
        level.set(existing.map(ApproachRating::level).orElse(null));
        reason.set(existing.map(ApproachRating::notApplicableReason).orElse(""));
        evidence.set(existing.map(ApproachRating::evidence).orElse(""));
        nextStep.set(existing.map(ApproachRating::nextStep).orElse(""));
        owner.set(existing.map(ApproachRating::owner).orElse(""));
        targetOn.set(existing.map(ApproachRating::targetOn).orElse(null));
        ratingErrors.clear();
        ratingChanges.markClean();
    }

    /** Saves the rating in the form; problems are shown on the fields they are about. */
    public void saveRating() {
        saveRating(() -> { });
    }

    private void saveRating(Runnable onSaved) {
        var chosenRound = round.get();
        if (ratingErrors.refusesInput()) {
            return;
        }
        ratingErrors.clear();
        if (chosenRound == null) {
            ratingErrors.showGeneral(Messages.get("toolkit.error.noRound"));
            return;
        }
        if (organisation.get() == null || approach.get() == null) {
            ratingErrors.show(List.of(uk.dln.secretariat.model.Problem.of(
                    organisation.get() == null ? "organisation" : "approach", "validation.required")));
            return;
        }
        long organisationId = organisation.get().id();
        long approachId = approach.get().id();
        MaturityLevel chosenLevel = level.get();
        String reasonText = reason.get();
        String evidenceText = evidence.get();
        String next = nextStep.get();
        String ownerText = owner.get();
        LocalDate target = targetOn.get();
        Shown shown = ratingShown;
        tasks.save("task.toolkit.rate", ratingEditor.editorName(), workspace -> new SelfAssessmentRounds(workspace)
                .rate(new ApproachRating(chosenRound.id(), organisationId, approachId, chosenLevel, reasonText,
                        evidenceText, next, ownerText, target, shown.id(), shown.version())).orElse(null), map -> {
            ratingStatus.set(Messages.get("toolkit.rate.saved", organisation.get().shortName(),
                    approach.get().code()));
            ratingChanges.markSaved();
            show(map);
            onSaved.run();
        }, ratingErrors, () -> {
            // Their version: the typing is given up (the person agreed), then the stored rating is shown.
            ratingChanges.markClean();
            reload();
        });
    }

    /** Opens a new round from the form, and shows it. */
    public void openRound() {
        if (roundErrors.refusesInput()) {
            return;
        }
        String name = newRoundName.get();
        LocalDate opens = newRoundOpensOn.get() == null ? LocalDate.now(clock) : newRoundOpensOn.get();
        LocalDate deadline = newRoundDeadline.get();
        tasks.run("task.toolkit.openRound", workspace -> new SelfAssessmentRounds(workspace).open(
                SelfAssessmentRound.open(name, opens, deadline)), opened -> {
                    newRoundName.set("");
                    newRoundDeadline.set(null);
                    round.set(opened);
                    reload();
                }, roundErrors);
    }

    /**
     * Writes the chosen round's pack section (Word) and its ratings tracker (Excel) into the export folder; each file
     * appears only once complete.
     */
    public void exportPack() {
        var chosen = round.get();
        if (chosen == null) {
            exportStatus.set(Messages.get("toolkit.error.noRound"));
            return;
        }
        Path folder = exportFolder;
        tasks.run("task.toolkit.export", workspace -> new SelfAssessmentExport(workspace).write(chosen, folder),
                written -> exportStatus.set(Messages.get("toolkit.export.done", folder,
                written.get(0).getFileName(), written.get(1).getFileName())));
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** Closes the chosen round for editing, or opens it again. */
    public void toggleClosed() {
        var chosen = round.get();
        if (chosen == null) {
            return;
        }
        tasks.save("task.toolkit.closeRound", Messages.get("changes.editor.round"), workspace -> {
            new SelfAssessmentRounds(workspace).setClosed(chosen, !chosen.closed());
            return true;
        }, done -> reload(), null, this::reload);
    }

    private void showRoleChecks(List<RoleCheck> checks) {
        long keep = roleCheck.get() == null ? 0 : roleCheck.get().organisation().id();
        roleChecks.setAll(checks);
        roleGaps.setAll(checks.stream().filter(c -> !c.gaps().isEmpty())
                .map(c -> Messages.get("toolkit.role.gapLine", c.organisation().shortName(),
                        String.join("; ", c.gaps().stream().map(g -> Messages.get(g.messageKey())).toList())))
                .toList());
        roleCheck.set(checks.stream().filter(c -> c.organisation().id() == keep).findFirst()
                .orElse(checks.isEmpty() ? null : checks.get(0)));
        showRoleCheck();
    }

    private void showRoleCheck() {
        var check = roleCheck.get();
        if (check == null) {
            checklist.clear();
            expectations.clear();
            return;
        }
        checklist.setAll(check.lines().stream().map(this::lineText).toList());
        expectations.setAll(RoleExpectation.forKind(check.organisation().kind()).stream()
                .filter(RoleExpectation::recorded).toList());
        if (!expectations.contains(expectation.get())) {
            expectation.set(expectations.isEmpty() ? null : expectations.get(0));
        }
        if (!(roleChanges.isDirty() && roleItemShown.key().equals(roleItemKey()))) {
            // Read again after someone else's change: what is being typed for the same item is kept.
            fillRoleForm();
        }
    }

    private List<Object> roleItemKey() {
        return roleCheck.get() == null || expectation.get() == null ? List.of()
                : List.of(roleCheck.get().organisation().id(), expectation.get());
    }

    private String lineText(RoleCheck.Line line) {
        String state = Messages.get(line.met() ? "toolkit.role.met" : "toolkit.role.gap");
        String detail;
        if (line.expectation() == RoleExpectation.BOARD_LEVEL_LEADER) {
            var seat = roleCheck.get().seat();
            detail = seat.vacant() ? Messages.get("toolkit.role.noLeader")
                    : Messages.get("toolkit.role.seat", seat.leaderName(), seat.grade().isEmpty()
                    ? Messages.get("toolkit.role.noGrade") : seat.grade(), Messages.get(seat.boardMember()
                    ? "toolkit.role.onBoard" : "toolkit.role.notOnBoard"));
        } else if (line.recorded() != null && line.recorded().met()) {
            detail = Messages.get("toolkit.role.since", Dates.format(line.recorded().metOn()),
                    line.recorded().evidence());
        } else {
            detail = "";
        }
        return Messages.get("toolkit.role.line", state, Messages.get(line.expectation().messageKey()), detail);
    }

    private void fillRoleForm() {
        var check = roleCheck.get();
        if (check == null || expectation.get() == null) {
            return;
        }
        var recorded = check.items().stream().filter(i -> i.expectation() == expectation.get()).findFirst();
        roleItemShown = new Shown(roleItemKey(), recorded.map(RoleCheckItem::id).orElse(0L),
                recorded.map(RoleCheckItem::version).orElse(0L));
        metOn.set(recorded.map(RoleCheckItem::metOn).orElse(null));
        roleEvidence.set(recorded.map(RoleCheckItem::evidence).orElse(""));
        roleErrors.clear();
        roleChanges.markClean();
    }

    /** Records the chosen expectation's date and evidence for the chosen organisation. */
    public void saveRoleItem() {
        saveRoleItem(() -> { });
    }

    private void saveRoleItem(Runnable onSaved) {
        var check = roleCheck.get();
        if (check == null || roleErrors.refusesInput()) {
            return;
        }
        long organisationId = check.organisation().id();
        var chosen = expectation.get();
        var date = metOn.get();
        String text = roleEvidence.get();
        Shown shown = roleItemShown;
        tasks.save("task.toolkit.roleCheck", roleEditor.editorName(), workspace -> new RoleChecks(workspace)
                .record(new RoleCheckItem(organisationId, chosen, date, text, shown.id(), shown.version())), checks -> {
            roleChanges.markSaved();
            showRoleChecks(checks);
            onSaved.run();
        }, roleErrors, () -> {
            // Their version: the typing is given up (the person agreed), then the stored item is shown.
            roleChanges.markClean();
            reload();
        });
    }

    /**
     * The meetings whose agenda can still take the gaps: from today on, minutes not yet approved, soonest first; the
     * soonest is chosen unless another still listed was.
     */
    private void showAgendaMeetings(List<Meeting> meetings) {
        LocalDate today = LocalDate.now(clock);
        var open = meetings.stream().filter(m -> !m.date().isBefore(today))
                .filter(m -> m.status() != MeetingStatus.MINUTES_APPROVED)
                .sorted(Comparator.comparing(Meeting::date)).toList();
        long keep = agendaMeeting.get() == null ? 0 : agendaMeeting.get().id();
        agendaMeetings.setAll(open);
        agendaMeeting.set(open.stream().filter(m -> m.id() == keep).findFirst()
                .orElse(open.isEmpty() ? null : open.get(0)));
    }

    /**
     * Adds the role check's gaps, as they stand today, to the chosen meeting's agenda as an item for information,
     * as the exceptions report is added: before the items that close the agenda.
     */
    public void addGapsToAgenda() {
        var meeting = agendaMeeting.get();
        if (meeting == null) {
            agendaStatus.set(Messages.get("toolkit.agenda.noMeeting"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        tasks.run("task.toolkit.addGaps", workspace -> new RoleChecks(workspace).addGapsToAgenda(meeting, today),
                saved -> agendaStatus.set(saved.map(item -> Messages.get("toolkit.agenda.added", item.position(),
                meeting.number(), Dates.format(meeting.date()))).orElseGet(() -> Messages.get("toolkit.agenda.none"))));
    }

    public ObservableList<Meeting> agendaMeetings() {
        return agendaMeetings;
    }

    public ObjectProperty<Meeting> agendaMeetingProperty() {
        return agendaMeeting;
    }

    public ReadOnlyStringProperty agendaStatusProperty() {
        return agendaStatus.getReadOnlyProperty();
    }

    /** The rating form and the role-check form, asked about before their work would be lost. */
    public ChangeGuard changes() {
        return changes;
    }

    public UnsavedChanges ratingEditor() {
        return ratingEditor;
    }

    public UnsavedChanges roleEditor() {
        return roleEditor;
    }

    public ObservableList<SelfAssessmentRound> rounds() {
        return rounds;
    }

    public ObjectProperty<SelfAssessmentRound> roundProperty() {
        return round;
    }

    public ReadOnlyObjectProperty<NetworkHeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public ObservableList<ToolkitApproach> approaches() {
        return approaches;
    }

    public ObservableList<String> weakest() {
        return weakest;
    }

    public ObservableList<String> learnFrom() {
        return learnFrom;
    }

    public ReadOnlyStringProperty learnFromHeadingProperty() {
        return learnFromHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty movementProperty() {
        return movement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public StringProperty newRoundNameProperty() {
        return newRoundName;
    }

    public ObjectProperty<LocalDate> newRoundOpensOnProperty() {
        return newRoundOpensOn;
    }

    public ObjectProperty<LocalDate> newRoundDeadlineProperty() {
        return newRoundDeadline;
    }

    public FieldErrors roundErrors() {
        return roundErrors;
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<ToolkitApproach> approachProperty() {
        return approach;
    }

    public ObjectProperty<MaturityLevel> levelProperty() {
        return level;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public StringProperty nextStepProperty() {
        return nextStep;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> targetOnProperty() {
        return targetOn;
    }

    public FieldErrors ratingErrors() {
        return ratingErrors;
    }

    public ReadOnlyStringProperty ratingStatusProperty() {
        return ratingStatus.getReadOnlyProperty();
    }

    public ObservableList<RoleCheck> roleChecks() {
        return roleChecks;
    }

    public ObjectProperty<RoleCheck> roleCheckProperty() {
        return roleCheck;
    }

    public ObservableList<String> checklist() {
        return checklist;
    }

    public ObservableList<String> roleGaps() {
        return roleGaps;
    }

    public ObservableList<RoleExpectation> expectations() {
        return expectations;
    }

    public ObjectProperty<RoleExpectation> expectationProperty() {
        return expectation;
    }

    public ObjectProperty<LocalDate> metOnProperty() {
        return metOn;
    }

    public StringProperty roleEvidenceProperty() {
        return roleEvidence;
    }

    public FieldErrors roleErrors() {
        return roleErrors;
    }
}
