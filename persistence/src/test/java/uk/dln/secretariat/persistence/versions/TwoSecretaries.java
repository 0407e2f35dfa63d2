package uk.dln.secretariat.persistence.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingAttendance;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Two people of the secretariat preparing the same meeting, each from what they read earlier: its details, agenda,
 * attendance and minutes. The same checks for a file and for a server (decision 0038, "Versions").
 */
final class TwoSecretaries {

    private final WorkspaceData data;
    private final Meeting meeting;
    private final AgendaItem welcome;
    private final AgendaItem cloud;
    private final Organisation dsit;
    private final Leader priya;

    TwoSecretaries(WorkspaceData data) {
        this.data = data;
        dsit = data.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        priya = data.leaders().save(Leader.create("Priya Shah"));
        meeting = data.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var items = data.agenda().append(meeting.id(), List.of(item("Welcome"), item("Cloud first")));
        welcome = items.get(0);
        cloud = items.get(1);
    }

    private AgendaItem item(String title) {
        return new AgendaItem(0, 0, 0, title, ItemPurpose.DISCUSSION, null, null, 10, false,
                CoverSheet.blank(ProtectiveMarking.OFFICIAL));
    }

    private Meeting meetingNow() {
        return data.meetings().find(meeting.id()).orElseThrow();
    }

    private AgendaItem itemNow(AgendaItem item) {
        return data.agenda().items(meeting.id()).stream().filter(i -> i.id() == item.id()).findFirst().orElseThrow();
    }

    private static Meeting at(Meeting meeting, String place) {
        return new Meeting(meeting.id(), meeting.number(), meeting.date(), meeting.startTime(), meeting.slotMinutes(),
                place, meeting.videoLink(), meeting.chairId(), meeting.kind(), meeting.status(), meeting.marking(),
                meeting.version());
    }

    private static AgendaItem lasting(AgendaItem item, int minutes) {
        return new AgendaItem(item.id(), item.meetingId(), item.position(), item.title(), item.purpose(),
                item.standing(), item.presenterId(), minutes, item.paper(), item.cover(), item.version());
    }

    void meetingDetailsSavedOverSomeoneElsesNewerOnesAreRefusedNamingWhatTheyChangedAndKeepTheirs() {
        Meeting mine = meetingNow();
        Meeting theirs = meetingNow();
        data.meetings().save(at(theirs, "1 Horse Guards Road"));

        var refused = assertThrows(SecretariatException.class, () -> data.meetings().save(at(mine, "Online")));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("place", refused.arguments().get(2));
        assertEquals("1 Horse Guards Road", meetingNow().place());
    }

    void meetingDetailsSavedAtTheVersionShownAreStoredAndHoldTheNewVersionForTheNextSave() {
        Meeting mine = meetingNow();

        Meeting saved = data.meetings().save(at(mine, "1 Horse Guards Road"));
        Meeting again = data.meetings().save(at(saved, "Online"));

        assertEquals(meetingNow().version(), again.version());
        assertTrue(again.version() > saved.version() && saved.version() > mine.version());
        assertEquals("Online", meetingNow().place());
    }

    void meetingDetailsSavedUnchangedClaimNothing() {
        Meeting mine = meetingNow();

        Meeting saved = data.meetings().save(mine);

        assertEquals(mine.version(), saved.version());
        assertEquals(mine.version(), meetingNow().version());
    }

    void aStatusChangeAfterSomeoneElseChangedTheMeetingIsRefusedAndLeavesItsStatus() {
        Meeting mine = meetingNow();
        data.meetings().save(at(meetingNow(), "1 Horse Guards Road"));

        var refused = assertThrows(SecretariatException.class, () -> data.meetings().moveTo(mine.id(),
                MeetingStatus.PAPERS_ISSUED, mine.version()));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals(MeetingStatus.PLANNED, meetingNow().status());
        Meeting moved = data.meetings().moveTo(mine.id(), MeetingStatus.PAPERS_ISSUED, meetingNow().version());
        assertEquals(MeetingStatus.PAPERS_ISSUED, moved.status());
        assertEquals(meetingNow().version(), moved.version());
    }

    void aMeetingSomeoneElseChangedSinceItWasShownIsNotDeleted() {
        Meeting mine = meetingNow();
        data.meetings().save(at(meetingNow(), "1 Horse Guards Road"));

        var refused = assertThrows(SecretariatException.class, () -> data.meetings().delete(mine.id(),
                mine.version()));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertTrue(data.meetings().find(mine.id()).isPresent());
    }

    void anAgendaItemSavedOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        AgendaItem mine = itemNow(cloud);
        AgendaItem theirs = data.agenda().save(lasting(itemNow(cloud), 25));

        var refused = assertThrows(SecretariatException.class, () -> data.agenda().save(lasting(mine, 40)));
        AgendaItem fresh = data.agenda().save(lasting(theirs, 40));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("duration_minutes", refused.arguments().get(2));
        assertEquals(40, itemNow(cloud).minutes());
        assertEquals(itemNow(cloud), fresh);
    }

    void anAgendaItemSomeoneElseChangedIsNeitherMovedNorDeleted() {
        AgendaItem mine = itemNow(cloud);
        data.agenda().save(lasting(itemNow(cloud), 25));

        var move = assertThrows(SecretariatException.class, () -> data.agenda().move(mine.id(), 1, mine.version()));
        var delete = assertThrows(SecretariatException.class, () -> data.agenda().delete(mine.id(), mine.version()));

        assertEquals("record.error.changedByOther", move.messageKey());
        assertEquals("record.error.changedByOther", delete.messageKey());
        assertEquals(List.of(welcome.id(), cloud.id()), data.agenda().items(meeting.id()).stream()
                .map(AgendaItem::id).toList());
    }

    void movingAnItemRaisesTheVersionOfEveryItemWhosePlaceChanged() {
        AgendaItem welcomeShown = itemNow(welcome);
        AgendaItem cloudShown = itemNow(cloud);

        var order = data.agenda().move(cloudShown.id(), 1, cloudShown.version());

        assertEquals(List.of(cloud.id(), welcome.id()), order.stream().map(AgendaItem::id).toList());
        assertTrue(itemNow(welcome).version() > welcomeShown.version());
        assertTrue(itemNow(cloud).version() > cloudShown.version());
        var refused = assertThrows(SecretariatException.class, () -> data.agenda().save(lasting(welcomeShown, 5)));
        assertEquals("record.error.changedByOther", refused.messageKey());
    }

    void attendanceSavedOverSomeoneElsesIsRefusedNamingWhoAndKeepsTheirs() {
        MeetingAttendance mine = data.attendance().read(meeting.id());
        MeetingAttendance theirs = data.attendance().read(meeting.id());
        data.attendance().save(new MeetingAttendance(meeting.id(), List.of(Attendance.organisation(dsit.id(),
                priya.id(), AttendanceStatus.PRESENT)), theirs.readVersions()));

        var refused = assertThrows(SecretariatException.class, () -> data.attendance().save(new MeetingAttendance(
                meeting.id(), List.of(Attendance.organisation(dsit.id(), null, AttendanceStatus.APOLOGIES)),
                mine.readVersions())));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals(List.of(Attendance.organisation(dsit.id(), priya.id(), AttendanceStatus.PRESENT)),
                data.attendance().forMeeting(meeting.id()));
    }

    void attendanceSavedOverLinesSomeoneElseRemovedIsRefusedAndAFreshSaveIsStored() {
        data.attendance().save(new MeetingAttendance(meeting.id(), List.of(Attendance.organisation(dsit.id(),
                priya.id(), AttendanceStatus.PRESENT)), data.attendance().read(meeting.id()).readVersions()));
        MeetingAttendance mine = data.attendance().read(meeting.id());
        data.attendance().save(new MeetingAttendance(meeting.id(), List.of(), mine.readVersions()));

        var refused = assertThrows(SecretariatException.class, () -> data.attendance().save(new MeetingAttendance(
                meeting.id(), List.of(Attendance.organisation(dsit.id(), null, AttendanceStatus.APOLOGIES)),
                mine.readVersions())));
        var fresh = data.attendance().save(new MeetingAttendance(meeting.id(), List.of(Attendance.organisation(
                dsit.id(), null, AttendanceStatus.APOLOGIES)), data.attendance().read(meeting.id()).readVersions()));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals(List.of(Attendance.organisation(dsit.id(), null, AttendanceStatus.APOLOGIES)), fresh.lines());
        assertEquals(fresh, data.attendance().read(meeting.id()));
    }

    void attendanceSavedUnchangedClaimsNothing() {
        MeetingAttendance first = data.attendance().save(new MeetingAttendance(meeting.id(), List.of(
                Attendance.organisation(dsit.id(), priya.id(), AttendanceStatus.PRESENT)),
                data.attendance().read(meeting.id()).readVersions()));

        MeetingAttendance again = data.attendance().save(first);

        assertEquals(first, again);
    }

    void minutesSavedOverSomeoneElsesNewerOnesAreRefusedAndKeepTheirs() {
        MeetingMinutes mine = data.meetings().minutes(meeting.id());
        MeetingMinutes theirs = data.meetings().minutes(meeting.id());
        data.meetings().saveMinutes(withCloudDiscussion(theirs, "The network agreed the plan."));

        var refused = assertThrows(SecretariatException.class, () -> data.meetings().saveMinutes(
                withCloudDiscussion(mine, "The network noted the plan.")));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("discussion", refused.arguments().get(2));
        assertEquals("The network agreed the plan.", data.meetings().minutes(meeting.id()).items().get(1)
                .discussion());
    }

    /** An editor sends the items whose minutes the person changed; the others stay as stored. */
    void minutesOfDifferentItemsSavedByTwoPeopleAreBothKept() {
        MeetingMinutes mine = data.meetings().minutes(meeting.id());
        MeetingMinutes theirs = data.meetings().minutes(meeting.id());
        data.meetings().saveMinutes(withCloudDiscussion(theirs, "The network agreed the plan."));

        var items = List.of(new MeetingMinutes.ItemMinutes(welcome.id(), "Apologies were noted.", "",
                mine.items().get(0).version()));
        MeetingMinutes stored = data.meetings().saveMinutes(new MeetingMinutes(meeting.id(), "", "", items,
                mine.version()));

        assertEquals("Apologies were noted.", stored.items().get(0).discussion());
        assertEquals("The network agreed the plan.", stored.items().get(1).discussion());
        assertEquals(stored, data.meetings().minutes(meeting.id()));
    }

    private MeetingMinutes withCloudDiscussion(MeetingMinutes minutes, String discussion) {
        var cloudMinutes = minutes.items().get(1);
        return new MeetingMinutes(minutes.meetingId(), minutes.attendance(), minutes.declarations(), List.of(
                minutes.items().get(0), new MeetingMinutes.ItemMinutes(cloudMinutes.itemId(), discussion,
                        cloudMinutes.decisions(), cloudMinutes.version())), minutes.version());
    }
}
