package uk.dln.secretariat.app.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;

/** The meeting forms refuse control characters by field, next to their other checks. */
class ControlCharacterInputTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    @Test
    void minutesWithAControlCharacterAreRefusedUnderTheFieldAndNotStored() throws Exception {
        try (var preferences = new TestPreferences()) {
            var executor = new SameThreadTaskExecutor();
            var workspaces = new WorkspaceService(executor, preferences.preferences());
            var meetings = new MeetingsViewModel(new WorkspaceTasks(workspaces, executor, new ScriptedDialogs()),
                    Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), (name, content) -> { });
            workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
            meetings.newMeeting();
            meetings.form().dateProperty().set(DAY);
            meetings.form().placeProperty().set("10 Whitehall");
            meetings.save();

            meetings.minutes().declarationsProperty().set("None\u0003");
            meetings.minutes().save();

            assertTrue(meetings.minutes().errors().of("declarations").get().contains("U+0003"));
            long id = meetings.selectedProperty().get().id();
            assertEquals("", workspaces.records().orElseThrow().meetings().minutes(id).declarations());
            workspaces.close();
        }
    }

    @Test
    void aMeetingPlaceWithAControlCharacterIsRefusedUnderThePlace() {
        var form = new MeetingFormViewModel();
        form.clear(DAY, ProtectiveMarking.OFFICIAL);
        form.placeProperty().set("10 Whitehall\u000B");
        form.slotMinutesProperty().set("lots");

        assertNull(form.toMeeting());
        assertTrue(form.errors().of("place").get().contains("U+000B"), form.errors().of("place").get());
        assertTrue(!form.errors().of("slotMinutes").get().isEmpty(), "the other problems are shown with it");
    }

    @Test
    void anAgendaItemsTitleAndCoverSheetAreChecked() {
        var form = new AgendaItemFormViewModel();
        form.clear(1, 1, ProtectiveMarking.OFFICIAL);
        form.titleProperty().set("Cloud\u0001 hosting");
        form.purposeProperty().set(ItemPurpose.DECISION);
        form.summaryProperty().set("Fine");
        form.recommendationsProperty().set("The network is asked\u001F");

        assertNull(form.toItem());
        assertTrue(form.errors().of("title").get().contains("U+0001"));
        assertTrue(form.errors().of("recommendations").get().contains("U+001F"));
        assertEquals("", form.errors().of("summary").get());
    }

    @Test
    void anActionsDescriptionWithAControlCharacterIsRefused() {
        var form = new ActionFormViewModel();
        Meeting meeting = Meeting.plan(DAY, LocalTime.of(10, 0), 120, "Room", null, ProtectiveMarking.OFFICIAL);
        form.clear(meeting);
        form.descriptionProperty().set("Share the plan\u0008");

        assertNull(form.toAction(meeting, null));
        assertTrue(form.errors().of("description").get().contains("U+0008"));
    }
}
