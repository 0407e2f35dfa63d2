package uk.dln.secretariat.app.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TextEditor;

class ChangeGuardTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final TextEditor attendance = new TextEditor("Attendance");
    private final TextEditor minutes = new TextEditor("Minutes");
    private final ChangeGuard guard = new ChangeGuard(dialogs).watch(attendance, minutes);
    private final List<String> went = new ArrayList<>();

    private void leave() {
        guard.leave(() -> went.add("went"));
    }

    @Test
    void withNothingUnsavedItGoesOnWithoutAsking() {
        leave();

        assertEquals(List.of("went"), went);
        assertTrue(dialogs.saveQuestions.isEmpty());
    }

    @Test
    void cancelStaysAndKeepsTheWork() {
        attendance.text.set("DSIT present");
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        leave();

        assertTrue(went.isEmpty());
        assertEquals("DSIT present", attendance.text.get());
        assertTrue(attendance.isDirty());
        assertEquals(List.of("Attendance: save your changes?"), dialogs.saveQuestions);
    }

    @Test
    void discardGivesUpTheWorkAndGoesOn() {
        attendance.text.set("DSIT present");
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        leave();

        assertEquals(List.of("went"), went);
        assertEquals("", attendance.text.get());
        assertTrue(attendance.stored.isEmpty());
        assertFalse(guard.isDirty());
    }

    @Test
    void saveStoresTheWorkAndThenGoesOn() {
        attendance.text.set("DSIT present");
        dialogs.saveChoices.add(SaveChoice.SAVE);

        leave();

        assertEquals(List.of("DSIT present"), attendance.stored);
        assertEquals(List.of("went"), went);
    }

    @Test
    void aSaveThatIsRefusedStaysWithTheWork() {
        attendance.text.set("DSIT present");
        attendance.text.set(" ");
        dialogs.saveChoices.add(SaveChoice.SAVE);

        leave();

        assertTrue(went.isEmpty());
        assertTrue(attendance.isDirty());
    }

    @Test
    void everyEditorWithChangesIsAskedAboutInTurn() {
        attendance.text.set("DSIT present");
        minutes.text.set("The network agreed");
        dialogs.saveChoices.add(SaveChoice.SAVE);
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        leave();

        assertEquals(List.of("Attendance: save your changes?", "Minutes: save your changes?"),
                dialogs.saveQuestions);
        assertEquals(List.of("DSIT present"), attendance.stored);
        assertTrue(minutes.stored.isEmpty());
        assertEquals(List.of("went"), went);
    }

    @Test
    void cancelOnTheSecondEditorStillStays() {
        attendance.text.set("DSIT present");
        minutes.text.set("The network agreed");
        dialogs.saveChoices.add(SaveChoice.DISCARD);
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        leave();

        assertTrue(went.isEmpty());
        assertEquals("The network agreed", minutes.text.get());
    }

    @Test
    void theGuardIsDirtyWhileAnyEditorIs() {
        assertFalse(guard.dirtyProperty().get());
        minutes.text.set("The network agreed");
        assertTrue(guard.dirtyProperty().get());
        minutes.text.set("");
        assertFalse(guard.dirtyProperty().get());
    }

    @Test
    void aWiderGuardSeesTheEditorsOfTheGuardsItWatches() {
        var window = new ChangeGuard(dialogs).watch(guard);
        var saved = new ArrayList<String>();
        window.addSavedListener(editor -> saved.add(editor.editorName()));

        minutes.text.set("The network agreed");
        assertTrue(window.isDirty());
        window.saveFirstDirty();

        assertEquals(List.of("Minutes"), saved);
        assertFalse(window.isDirty());
    }
}
