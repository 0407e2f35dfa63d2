package uk.dln.secretariat.app.meetings;

import java.util.Arrays;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingKind;
import uk.dln.secretariat.model.meetings.MeetingStatus;

/** The meeting details form: what is typed, and the messages for what is wrong with it. */
public final class MeetingFormViewModel {

    private long editingId;
    /** The meeting as read for editing; its version is what a save claims. */
    private Meeting shown;
    private int number;
    private MeetingStatus status = MeetingStatus.PLANNED;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "10:00");
    private final StringProperty slotMinutes = new SimpleStringProperty(this, "slotMinutes", "120");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty videoLink = new SimpleStringProperty(this, "videoLink", "");
    private final ObjectProperty<Leader> chair = new SimpleObjectProperty<>(this, "chair");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(this, "kind", MeetingKind.MONTHLY);
    private final StringProperty marking = new SimpleStringProperty(this, "marking", "OFFICIAL");
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(this, "editingExisting");
    private final FieldErrors errors = new FieldErrors("date", "startTime", "slotMinutes", "place", "videoLink",
            "chair", "kind", "marking");
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(date.get(), startTime.get(), slotMinutes.get(), place.get(), videoLink.get(), chair.get(), kind.get(), marking.get()),
            date, startTime, slotMinutes, place, videoLink, chair, kind, marking);

    public void edit(Meeting meeting, Leader chairLeader) {
        shown = meeting;
        editingId = meeting.id();
        number = meeting.number();
        status = meeting.status();
        date.set(meeting.date());
        startTime.set(meeting.startTime().toString());
        slotMinutes.set(String.valueOf(meeting.slotMinutes()));
        place.set(meeting.place());
        videoLink.set(meeting.videoLink());
        chair.set(chairLeader);
        kind.set(meeting.kind());
        marking.set(meeting.marking().label());
        editingExisting.set(true);
        errors.clear();
        changes.markClean();
    }

    /** A blank form for a new meeting on {@code day}, marked as the network's default. */
    public void clear(LocalDate day, ProtectiveMarking defaultMarking) {
        shown = null;
        editingId = 0;
        number = 0;
        status = MeetingStatus.PLANNED;
        date.set(day);
        startTime.set("10:00");
        slotMinutes.set("120");
        place.set("");
        videoLink.set("");
        chair.set(null);
        kind.set(MeetingKind.MONTHLY);
        marking.set(defaultMarking.label());
        editingExisting.set(false);
        errors.clear();
        changes.markClean();
    }

    /** The meeting the fields describe, or null with every problem shown on its field. */
    Meeting toMeeting() {
        var parsing = new FormParsing();
        parsing.text(place, videoLink, marking);
        LocalTime start = parsing.time("startTime", startTime.get());
        int slot = parsing.minutes("slotMinutes", slotMinutes.get());
        ProtectiveMarking parsedMarking = parsing.marking(marking.get());
        return parsing.build(() -> new Meeting(editingId, number, date.get(), start, slot, place.get(),
                videoLink.get(), chair.get() == null ? null : chair.get().id(), kind.get(), status, parsedMarking,
                shown == null ? 0 : shown.version()), errors);
    }

    /**
     * The meeting read again while the person types over it. When its details are as the form read them (only its
     * minutes, say, were saved from another tab), the form takes the new version, so that saving the typing is not
     * refused over a change to something else; otherwise it keeps the version it read, and the save is refused.
     */
    void readAgain(Meeting stored) {
        if (shown != null && stored.id() == shown.id() && stored.equals(shown.atVersion(stored.version()))) {
            shown = stored;
        }
    }

    /** The id of the meeting in the form; 0 for a new one. */
    long editingId() {
        return editingId;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty slotMinutesProperty() {
        return slotMinutes;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty videoLinkProperty() {
        return videoLink;
    }

    public ObjectProperty<Leader> chairProperty() {
        return chair;
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public StringProperty markingProperty() {
        return marking;
    }

    public ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }

    /** Whether the fields differ from what was last loaded or saved. */
    public ChangeTracker changes() {
        return changes;
    }

    public FieldErrors errors() {
        return errors;
    }
}
