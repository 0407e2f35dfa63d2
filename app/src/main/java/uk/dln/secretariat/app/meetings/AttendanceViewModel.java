package uk.dln.secretariat.app.meetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.meetings.AttendanceRecording;
import uk.dln.secretariat.app.core.minutes.MeetingDetail;
import uk.dln.secretariat.app.core.minutes.People;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.MeetingAttendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.QuorumRule;

/**
 * Who came: a line per member organisation, guests in attendance and the secretariat, and whether the meeting is
 * quorate under the network's rule, worked out again whenever a line changes.
 */
public final class AttendanceViewModel implements UnsavedChanges {

    /** A guest or member of the secretariat at the meeting. */
    public record PersonLine(Leader leader, AttendanceStatus status, String label) {
    }

    private final WorkspaceTasks tasks;
    private final Runnable onChanged;
    private final ObservableList<OrganisationAttendance> organisations = FXCollections.observableArrayList(
            line -> new Observable[] {line.statusProperty(), line.deputyProperty()});
    private final ObservableList<PersonLine> people = FXCollections.observableArrayList();
    private final ObservableList<Leader> everyone = FXCollections.observableArrayList();
    private final ObjectProperty<Leader> personToAdd = new SimpleObjectProperty<>(this, "personToAdd");
    private final ObjectProperty<AttendanceStatus> personRole = new SimpleObjectProperty<>(this, "personRole",
            AttendanceStatus.IN_ATTENDANCE);
    private final StringProperty guestName = new SimpleStringProperty(this, "guestName", "");
    private final StringProperty quorumRule = new SimpleStringProperty(this, "quorumRule", "");
    private final ReadOnlyStringWrapper quorum = new ReadOnlyStringWrapper(this, "quorum", "");
    private final ReadOnlyBooleanWrapper quorate = new ReadOnlyBooleanWrapper(this, "quorate");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", true);
    private final FieldErrors errors = new FieldErrors("quorum", "person", "status", "deputy", "guest");
    private final ChangeTracker changes = new ChangeTracker(this::values, organisations, people);
    private Meeting meeting;
    private MeetingDetail shown;
    /** The attendance as read, with its lines' versions: what a save claims. */
    private MeetingAttendance read;
    private People directory = People.NONE;
    private QuorumRule rule = QuorumRule.DEFAULT;

    public AttendanceViewModel(WorkspaceTasks tasks, Runnable onChanged) {
        this.tasks = tasks;
        this.onChanged = onChanged;
        organisations.addListener((ListChangeListener<OrganisationAttendance>) change -> recount());
    }

    void show(MeetingDetail detail, People people, QuorumRule networkRule) {
        shown = detail;
        read = detail.attendance();
        meeting = detail.meeting();
        directory = people;
        rule = networkRule;
        quorumRule.set(networkRule.toString());
        locked.set(meeting.status().minutesLocked());
        Map<Long, Attendance> byOrganisation = detail.attendance().lines().stream()
                .filter(a -> a.organisationId() != null)
                .collect(Collectors.toMap(Attendance::organisationId, Function.identity()));
        Map<Long, Leader> leaders = people.byId();
        var lines = new ArrayList<OrganisationAttendance>();
        for (Organisation organisation : people.members()) {
            Attendance stored = byOrganisation.get(organisation.id());
            AttendanceStatus status = stored == null ? AttendanceStatus.NOT_REPRESENTED : stored.status();
            Leader deputy = stored != null && stored.status() == AttendanceStatus.DEPUTISED
                    ? leaders.get(stored.leaderId()) : null;
            lines.add(new OrganisationAttendance(organisation, people.digitalLeaderOf(organisation),
                    people.deputiesOf(organisation), status, deputy));
        }
        organisations.setAll(lines);
        if (!everyone.equals(people.leaders())) {
            everyone.setAll(people.leaders());
        }
        this.people.setAll(detail.attendance().lines().stream().filter(a -> a.organisationId() == null)
                .filter(a -> leaders.containsKey(a.leaderId()))
                .map(a -> new PersonLine(leaders.get(a.leaderId()), a.status(),
                        people.label(leaders.get(a.leaderId()))))
                .toList());
        errors.clear();
        recount();
        changes.markClean();
    }

    void clear() {
        meeting = null;
        shown = null;
        read = null;
        organisations.clear();
        people.clear();
        locked.set(true);
        changes.markClean();
    }

    /** Each organisation's line and the people, as values: what is compared to tell unsaved changes. */
    private List<Object> values() {
        return List.of(organisations.stream().map(line -> Arrays.asList(line.organisation().id(),
                        line.statusProperty().get(), line.deputyProperty().get() == null ? null
                                : line.deputyProperty().get().id())).toList(),
                List.copyOf(people));
    }

    /** Marks every organisation not yet accounted for as attended by its Digital Leader. */
    public void everyonePresent() {
        organisations.stream()
                .filter(line -> line.statusProperty().get() == AttendanceStatus.NOT_REPRESENTED)
                .filter(line -> line.digitalLeader() != null)
                .forEach(line -> line.statusProperty().set(AttendanceStatus.PRESENT));
    }

    public void addPerson() {
        Leader leader = personToAdd.get();
        if (leader == null) {
            errors.show(List.of(Problem.of("person", "validation.required")));
            return;
        }
        if (people.stream().noneMatch(p -> p.leader().id() == leader.id())) {
            people.add(new PersonLine(leader, personRole.get(), directory.label(leader)));
        }
        personToAdd.set(null);
        errors.clear();
    }

    /**
     * Records a guest who is not in the directory yet, by name: the person is added to the directory as they are
     * added to the meeting, so nobody has to leave the attendance page first. A name already in the directory is
     * that person.
     */
    public void addGuest() {
        String name = guestName.get() == null ? "" : guestName.get().strip();
        if (name.isEmpty()) {
            errors.show(List.of(Problem.of("guest", "validation.required")));
            return;
        }
        var known = everyone.stream().filter(leader -> leader.name().equalsIgnoreCase(name)).findFirst();
        if (known.isPresent()) {
            personToAdd.set(known.get());
            addPerson();
            guestName.set("");
            return;
        }
        tasks.run("task.meetings.addGuest", workspace -> new AttendanceRecording(workspace).addGuest(name), guest -> {
            everyone.add(guest);
            people.add(new PersonLine(guest, personRole.get(), guest.name()));
            guestName.set("");
            errors.clear();
        }, errors);
    }

    public StringProperty guestNameProperty() {
        return guestName;
    }

    public void removePerson(PersonLine line) {
        people.remove(line);
    }

    public void save() {
        save(() -> { });
    }

    /** Stores every line at once; a deputy line with nobody named is refused on that line's field. */
    @Override
    public void save(Runnable onSaved) {
        if (meeting == null) {
            return;
        }
        var lines = new ArrayList<Attendance>();
        for (OrganisationAttendance line : organisations) {
            try {
                lines.add(line.toAttendance());
            } catch (ValidationException e) {
                errors.show(List.of(Problem.of("deputy", "meetings.error.deputyFor",
                        line.organisation().shortName())));
                return;
            }
        }
        people.forEach(p -> lines.add(Attendance.person(p.leader().id(), p.status())));
        var edited = new MeetingAttendance(meeting.id(), lines, read == null ? java.util.Map.of()
                : read.readVersions());
        tasks.save("task.meetings.saveAttendance", editorName(), workspace -> new AttendanceRecording(workspace).save(edited),
                saved -> {
                    changes.markSaved();
                    onChanged.run();
                    onSaved.run();
                }, errors, () -> {
                    // Their version: the typing is given up (the person agreed), then the meeting is read again.
                    changes.markClean();
                    onChanged.run();
                });
    }

    /**
     * The attendance read again while the person types over it: when it is stored as it was read (only another
     * tab's save read it again), its lines' new versions are taken; otherwise the versions read stay, and a save is
     * refused over the other person's change.
     */
    void readAgain(MeetingAttendance stored) {
        if (read != null && stored.meetingId() == read.meetingId() && stored.lines().equals(read.lines())) {
            read = stored;
        }
    }

    /** The ids of the stored lines shown: the records a save claims. */
    java.util.Set<Long> readIds() {
        return read == null ? java.util.Set.of() : read.readVersions().keySet();
    }

    @Override
    public void discard() {
        if (shown == null) {
            clear();
        } else {
            show(shown, directory, rule);
        }
    }

    @Override
    public ChangeTracker changes() {
        return changes;
    }

    @Override
    public String editorName() {
        return Messages.get("meetings.tab.attendance");
    }

    public void saveQuorumRule() {
        QuorumRule parsed;
        try {
            parsed = QuorumRule.parse(quorumRule.get());
        } catch (ValidationException e) {
            errors.show(e.problems());
            return;
        }
        tasks.run("task.meetings.saveQuorum", workspace -> new AttendanceRecording(workspace).saveQuorumRule(parsed),
                saved -> {
                    rule = saved;
                    recount();
                }, errors);
    }

    private void recount() {
        int members = organisations.size();
        int represented = (int) organisations.stream().filter(l -> l.statusProperty().get().represented()).count();
        boolean met = rule.isMet(represented, members);
        quorate.set(met);
        quorum.set(Messages.get(met ? "meetings.quorum.met" : "meetings.quorum.notMet", represented, members,
                rule.required(members), rule.toString()));
    }

    public ObservableList<OrganisationAttendance> organisations() {
        return organisations;
    }

    public ObservableList<PersonLine> people() {
        return people;
    }

    public ObservableList<Leader> everyone() {
        return everyone;
    }

    public ObjectProperty<Leader> personToAddProperty() {
        return personToAdd;
    }

    public ObjectProperty<AttendanceStatus> personRoleProperty() {
        return personRole;
    }

    public StringProperty quorumRuleProperty() {
        return quorumRule;
    }

    public ReadOnlyStringProperty quorumProperty() {
        return quorum.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty quorateProperty() {
        return quorate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    public String personLabel(Leader leader) {
        return directory.label(leader);
    }
}
