package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

class ActionLogViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate RAISED = LocalDate.of(2026, 6, 25);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private ActionLogViewModel log;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        var workspaces = new WorkspaceService(executor, preferences.preferences());
        log = new ActionLogViewModel(new WorkspaceTasks(workspaces, executor, new ScriptedDialogs()),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.close();
    }

    /** Action n: organisation n % 20 + 1, owner n % 50 + 1, due n % 300 days after it was raised. */
    private static ActionRow row(int n, ActionStatus status) {
        var action = new Action(n + 1, String.format("A26/%02d/%02d", n % 12 + 1, n % 999 + 1),
                "Action number " + n, n % 50 + 1, n % 20 + 1, 1, null, RAISED, RAISED.plusDays(n % 300), status,
                status.finished() ? TODAY : null);
        return ActionRow.of(new ActionLogEntry(action, "Owner " + (n % 50 + 1), "owner" + (n % 50 + 1) + "@gov.uk",
                "ORG" + (n % 20 + 1), 6, RAISED, 1, "Item", null, null));
    }

    private static List<ActionRow> generated(int count) {
        var rows = new ArrayList<ActionRow>();
        for (int n = 0; n < count; n++) {
            rows.add(row(n, n % 4 == 0 ? ActionStatus.CLOSED : ActionStatus.OPEN));
        }
        return rows;
    }

    private static Meeting meetingOn(LocalDate date) {
        return Meeting.plan(date, LocalTime.of(10, 0), 120, "10 Whitehall", null, ProtectiveMarking.OFFICIAL);
    }

    private long expected(List<ActionRow> rows, java.util.function.Predicate<ActionRow> test) {
        return rows.stream().filter(test).count();
    }

    @Test
    void filtersTwentyThousandActionsByOrganisationOverdueAndText() {
        var rows = generated(20_000);
        log.show(rows, List.of());

        log.organisationProperty().set(new Choice(3, "ORG3"));
        log.overdueOnlyProperty().set(true);
        log.searchProperty().set("NUMBER 1");

        assertEquals(expected(rows, r -> r.action().organisationId() == 3 && r.overdueOn(TODAY)
                && r.action().description().startsWith("Action number 1")), log.shown().size());
        assertTrue(log.shown().size() > 0);
    }

    @Test
    void theOverdueViewShowsOnlyLiveActionsPastTheirDueDate() {
        var rows = generated(400);
        log.show(rows, List.of());

        log.savedViewProperty().set(SavedView.OVERDUE);

        assertEquals(expected(rows, r -> !r.action().status().finished() && r.action().dueOn().isBefore(TODAY)),
                log.shown().size());
    }

    @Test
    void aFilterChangedByHandLeavesTheSavedViewSoChoosingItAgainClearsTheFilters() {
        var rows = generated(400);
        log.show(rows, List.of());
        assertEquals(SavedView.ALL, log.savedViewProperty().get());

        log.searchProperty().set("Action number 1");
        log.overdueOnlyProperty().set(true);
        assertNull(log.savedViewProperty().get());
        assertTrue(log.shown().size() < rows.size());

        log.savedViewProperty().set(SavedView.ALL);

        assertEquals(rows.size(), log.shown().size());
        assertEquals("", log.searchProperty().get());
        assertFalse(log.overdueOnlyProperty().get());
    }

    @Test
    void theNextMeetingViewShowsLiveActionsDueBeforeTheNextMeeting() {
        var rows = generated(400);
        LocalDate next = LocalDate.of(2026, 11, 26);
        log.show(rows, List.of(meetingOn(LocalDate.of(2026, 10, 22)), meetingOn(next)));

        log.savedViewProperty().set(SavedView.DUE_BEFORE_NEXT_MEETING);

        assertEquals(expected(rows, r -> !r.action().status().finished() && r.action().dueOn().isBefore(next)),
                log.shown().size());
    }

    @Test
    void myOrganisationViewShowsTheChosenOrganisationsLiveActions() {
        var rows = generated(400);
        log.show(rows, List.of());
        log.myOrganisationProperty().set(new Choice(7, "ORG7"));

        log.savedViewProperty().set(SavedView.MY_ORGANISATION);

        assertEquals(expected(rows, r -> r.action().organisationId() == 7 && !r.action().status().finished()),
                log.shown().size());
    }

    @Test
    void dueWithinDaysIncludesOverdueActionsAndRejectsNonsense() {
        var rows = generated(400);
        log.show(rows, List.of());

        log.dueWithinProperty().set("10");
        assertEquals(expected(rows, r -> !r.action().status().finished()
                && !r.action().dueOn().isAfter(TODAY.plusDays(10))), log.shown().size());

        log.dueWithinProperty().set("soon");
        assertTrue(!log.errors().of(ActionLogViewModel.DUE_WITHIN).get().isEmpty());
        assertEquals(rows.size(), log.shown().size());
    }

    @Test
    void theSummaryCountsOpenOverdueAndClosedThisMonth() {
        log.show(List.of(row(0, ActionStatus.OPEN), row(200, ActionStatus.IN_PROGRESS),
                row(1, ActionStatus.CLOSED)), List.of());

        assertEquals(uk.dln.secretariat.app.i18n.Messages.get("actions.summary", 2, 1, 1),
                log.summaryProperty().get());
    }

    @Test
    void aChaserIsWrittenPerOwnerAndReadsBackAsAnUnsentUtf8Message() throws Exception {
        var entries = List.of(row(0, ActionStatus.OPEN).entry(), row(50, ActionStatus.OPEN).entry(),
                row(1, ActionStatus.OPEN).entry(), row(299, ActionStatus.CLOSED).entry());
        var chasers = Chasers.build(entries, TODAY, 14, "Rhwydwaith Arweinwyr Digidol");

        var files = new ChaserWriter(folder).writeAll(chasers);

        assertEquals(2, files.size());
        jakarta.mail.internet.MimeMessage message;
        try (var in = Files.newInputStream(files.get(0))) {
            message = new jakarta.mail.internet.MimeMessage(
                    jakarta.mail.Session.getInstance(new java.util.Properties()), in);
        }
        assertEquals("1", message.getHeader("X-Unsent")[0]);
        assertEquals("Owner 1 <owner1@gov.uk>", message.getHeader("To")[0]);
        String body = (String) message.getContent();
        assertTrue(body.contains("A26/01/01") && body.contains("A26/03/51"), body);
        assertTrue(body.contains("Rhwydwaith Arweinwyr Digidol"), body);
    }

    @Test
    void chasersAreWrittenInTheDocumentLanguageWhateverTheWindowSpeaks() {
        uk.dln.secretariat.app.i18n.Messages.useLocale(java.util.Locale.UK);
        var entries = List.of(row(0, ActionStatus.OPEN).entry());

        var welsh = Chasers.build(entries, TODAY, 14, "DLN",
                uk.dln.secretariat.model.settings.DocumentLanguage.WELSH).get(0);
        var bilingual = Chasers.build(entries, TODAY, 14, "DLN",
                uk.dln.secretariat.model.settings.DocumentLanguage.BILINGUAL).get(0);

        assertTrue(welsh.body().startsWith("Annwyl Owner"), welsh.body());
        assertTrue(welsh.subject().contains("yn hwyr"), welsh.subject());
        assertTrue(bilingual.body().startsWith("Annwyl Owner") && bilingual.body().contains("Dear Owner"),
                bilingual.body());
        assertTrue(bilingual.body().indexOf("Annwyl") < bilingual.body().indexOf("Dear"), "Welsh first");
    }
}
