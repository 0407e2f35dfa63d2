package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.boardpack.BoardPackViewModel;
import uk.dln.secretariat.app.boardpack.FileOpener;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * The secretariat moves an action's due date by keyboard: a new date without a reason is refused, with the reason it
 * is kept in the action's history, and the exported pack's action log says which date it revises.
 */
@UiTest
class ActionCorrectionKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()), CLOCK);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Action seed() throws Exception {
        app.settle();
        var workspace = app.workspace();
        var october = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 12, 10), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = workspace.leaders().save(Leader.create("Priya Shah"));
        return workspace.actions().raise(Action.raise("Share the cloud guidance", owner.id(), dsit.id(),
                october.id(), null, october.date(), LocalDate.of(2026, 12, 3)));
    }

    @Test
    void aNewDueDateWithItsReasonIsKeptInTheHistoryAndThePacksActionLog(FxRobot robot) throws Exception {
        Action action = seed();
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        app.keys(robot, KeyCode.ALT, KeyCode.L);
        robot.type(KeyCode.HOME);
        app.settle();

        app.keys(robot, KeyCode.ALT, KeyCode.K);
        robot.type(KeyCode.SPACE);
        app.settle();
        app.keys(robot, KeyCode.ALT, KeyCode.B);
        app.keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("28/01/2027");
        app.settle();
        app.keys(robot, KeyCode.ALT, KeyCode.J);

        String refusal = messageUnder(robot, "#action-correct-reason");
        assertTrue(refusal.startsWith("Say why the due date moves from 3/12/2026 to 28/1/2027"), refusal);
        assertEquals(LocalDate.of(2026, 12, 3), app.workspace().actions().find(action.id()).orElseThrow().dueOn());

        app.keys(robot, KeyCode.ALT, KeyCode.R);
        robot.write("awaiting the spending review");
        app.keys(robot, KeyCode.ALT, KeyCode.J);

        assertEquals(LocalDate.of(2027, 1, 28), app.workspace().actions().find(action.id()).orElseThrow().dueOn());
        ListView<?> history = robot.lookup("#action-corrections").queryAs(ListView.class);
        assertEquals(1, history.getItems().size());
        assertTrue(history.getItems().get(0).toString()
                .contains("Due moved from 3 Dec 2026 to 28 Jan 2027: awaiting the spending review"),
                history.getItems().get(0).toString());

        // The pack keeps each date on one line with non-breaking spaces.
        assertEquals("28 Jan 2027 (revised from 3 Dec 2026)",
                dueInExportedPack(robot, action.reference()).replace('\u00a0', ' '));
    }

    /** The error label that FormGrid puts under a control. */
    private static String messageUnder(FxRobot robot, String controlId) {
        var control = robot.lookup(controlId).query();
        return control.getParent().getChildrenUnmodifiable().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    private String dueInExportedPack(FxRobot robot, String reference) throws Exception {
        Path out = Files.createDirectories(folder.resolve("packs-" + System.nanoTime()));
        FileOpener noOpening = new FileOpener() {
            @Override
            public boolean isSupported() {
                return false;
            }

            @Override
            public void open(Path fileOrFolder) {
            }
        };
        var packs = new ArrayList<BoardPackViewModel>();
        robot.interact(() -> {
            var pack = new BoardPackViewModel(app.services().workspaces(), app.services().executor(), CLOCK,
                    noOpening);
            pack.folderProperty().set(out);
            packs.add(pack);
        });
        app.settle();
        robot.interact(() -> {
            var pack = packs.get(0);
            pack.meetingProperty().set(pack.meetings().stream()
                    .filter(m -> m.date().equals(LocalDate.of(2026, 12, 10))).findFirst().orElseThrow());
            pack.export();
        });
        for (int i = 0; i < 300 && packs.get(0).runningProperty().get(); i++) {
            Thread.sleep(100);
        }
        app.settle();
        Path docx;
        try (Stream<Path> files = Files.list(out)) {
            docx = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(docx); var document = new XWPFDocument(in)) {
            List<XWPFTable> logs = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Reference")).toList();
            for (XWPFTable log : logs) {
                for (var row : log.getRows()) {
                    if (row.getCell(0).getText().equals(reference)) {
                        // The pack keeps a date on one line with non-breaking spaces.
                        return row.getCell(3).getText().replace('\u00a0', ' ');
                    }
                }
            }
        }
        throw new AssertionError(reference + " is not in the pack's action log");
    }
}
