package uk.dln.secretariat.app.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.core.demo.RoadmapDemoData;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * 31/02/2027 typed with the keyboard into each date field of the app is refused with one message, the text stays as
 * typed, and the message goes as soon as the date is corrected. The list of fields is checked against the code, so
 * a date field added later without a row here fails {@link #everyDateFieldInTheCodeIsTried}.
 */
@UiTest
class ImpossibleDatesKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String REFUSAL = "31/02/2027 is not a date: February 2027 has 28 days.";
    /** Each date field driven below: the section it is in (Ctrl+digit), its id, the rows to choose first. */
    private static final String[][] FIELDS = {
            {"DIGIT1", "role-from", "people-table"},
            {"DIGIT1", "role-to", "people-table"},
            {"DIGIT1", "declaration-date", "people-table"},
            {"DIGIT2", "meeting-date", "meetings-table"},
            {"DIGIT2", "action-due", "meetings-table"},
            {"DIGIT2", "item-paper-date", "meetings-table"},
            {"DIGIT3", "action-correct-due", "actions-table"},
            {"DIGIT4", "roadmap-agreed", "roadmaps-organisation"},
            {"DIGIT4", "milestone-baseline", "roadmaps-organisation"},
            {"DIGIT4", "milestone-forecast", "roadmaps-organisation"},
            {"DIGIT4", "milestone-actual", "roadmaps-organisation"},
            {"DIGIT4", "indicator-target-date", "roadmaps-organisation"},
            {"DIGIT4", "risk-review", "roadmaps-organisation"},
            {"DIGIT6", "returns-due", ""},
            {"DIGIT7", "toolkit-new-round-deadline", ""},
            {"DIGIT7", "toolkit-rate-target", ""},
            {"DIGIT7", "toolkit-role-met-on", ""},
            {"AUDIT", "audit-filter-from", ""},
            {"AUDIT", "audit-filter-to", ""},
    };

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder, TODAY);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void seed() throws Exception {
        app.settle();
        var workspace = app.workspace();
        var hmrc = workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        var priya = workspace.leaders().save(Leader.create("Priya Shah"));
        workspace.memberships().save(new Membership(0, priya.id(), hmrc.id(), NetworkRole.DIGITAL_LEADER,
                TODAY.minusYears(1), null));
        var october = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        workspace.actions().raise(Action.raise("Share the cloud guidance", priya.id(), hmrc.id(), october.id(),
                null, october.date(), LocalDate.of(2026, 12, 3)));
        new RoadmapDemoData().fill(workspace, TODAY);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"DIGIT1, role-from, people-table", "DIGIT1, role-to, people-table",
            "DIGIT1, declaration-date, people-table", "DIGIT2, meeting-date, meetings-table",
            "DIGIT2, action-due, meetings-table", "DIGIT2, item-paper-date, meetings-table", "DIGIT3, action-correct-due, actions-table",
            "DIGIT4, roadmap-agreed, roadmaps-organisation", "DIGIT4, milestone-baseline, roadmaps-organisation",
            "DIGIT4, milestone-forecast, roadmaps-organisation", "DIGIT4, milestone-actual, roadmaps-organisation",
            "DIGIT4, indicator-target-date, roadmaps-organisation", "DIGIT4, risk-review, roadmaps-organisation",
            "DIGIT6, returns-due, ''", "DIGIT7, toolkit-new-round-deadline, ''", "DIGIT7, toolkit-rate-target, ''",
            "DIGIT7, toolkit-role-met-on, ''", "AUDIT, audit-filter-from, ''", "AUDIT, audit-filter-to, ''"})
    void theThirtyFirstOfFebruaryIsRefusedAndKeptUntilCorrected(String section, String fieldId, String chooseFirst,
                                                                 FxRobot robot) throws Exception {
        seed();
        if (section.equals("AUDIT")) {
            // Tools > Audit log, by its shortcut.
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        } else {
            app.keys(robot, KeyCode.CONTROL, KeyCode.valueOf(section));
        }
        app.settle();
        if (!chooseFirst.isEmpty()) {
            Node chooser = robot.lookup("#" + chooseFirst).query();
            robot.interact(() -> reveal(chooser));
            app.settle();
            if (chooseFirst.equals("people-table")) {
                // The directory read the workspace before the seeding: add the person here, by keyboard (Alt+W, Alt+S).
                app.keys(robot, KeyCode.ALT, KeyCode.W);
                robot.interact(() -> robot.lookup("#person-name").query().requestFocus());
                robot.write("Sam Jones");
                app.keys(robot, KeyCode.ALT, KeyCode.S);
            }
            robot.interact(() -> chooseFirst(chooser));
            app.settle();
            if (chooser instanceof TableView<?>) {
                // Rows are chosen as a person does: focus the list, Home.
                robot.interact(chooser::requestFocus);
                robot.type(KeyCode.END).type(KeyCode.HOME);
                app.settle();
            }
        }
        Node field = robot.lookup("#" + fieldId).query();
        robot.interact(() -> reveal(field));
        app.settle();
        // A folded pane opens with an animation; its fields take the focus once it is open.
        Thread.sleep(600);
        if (section.equals("AUDIT")) {
            // The audit log is a window of its own: bring it to the front as a person would, by clicking into it.
            robot.clickOn(field);
        }
        robot.interact(field::requestFocus);
        app.settle();
        TextField text = field instanceof DatePicker picker ? picker.getEditor() : (TextField) field;

        app.keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("31/02/2027");
        robot.type(KeyCode.TAB);
        app.settle();
        assertEquals(REFUSAL, messageUnder(field), fieldId);
        assertEquals("31/02/2027", text.getText(), fieldId + " keeps what was typed");

        robot.interact(field::requestFocus);
        app.keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("28/02/2027");
        app.settle();

        assertEquals("", messageUnder(field), fieldId + " drops the message as soon as it is corrected");
        if (field instanceof DatePicker picker) {
            assertEquals(LocalDate.of(2027, 2, 28), picker.getValue(), fieldId);
        }
    }

    /** The list above names every date field the code builds: each call of the one helper has its row. */
    @Test
    void everyDateFieldInTheCodeIsTried() throws IOException {
        Path sources = Path.of("src/main/java");
        int pickers = 0;
        int typedDates = 0;
        int plainPickers = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                String name = file.getFileName().toString();
                if (!name.equals("DatePickers.java")) {
                    pickers += count(code, "DatePickers.create(");
                    plainPickers += count(code, "new DatePicker(");
                }
                if (!name.equals("Controls.java")) {
                    typedDates += count(code, "Controls.date(");
                }
            }
        }
        assertEquals(0, plainPickers, "every date picker is made by DatePickers, whose converter is strict");
        assertEquals(FIELDS.length, pickers + typedDates, "a date field was added or removed: update FIELDS");
        var tried = Stream.of(FIELDS).map(f -> f[1]).toList();
        assertEquals(List.of("role-from", "role-to", "declaration-date", "meeting-date", "action-due",
                "item-paper-date", "action-correct-due", "roadmap-agreed", "milestone-baseline", "milestone-forecast",
                "milestone-actual", "indicator-target-date", "risk-review", "returns-due", "toolkit-new-round-deadline",
                "toolkit-rate-target", "toolkit-role-met-on", "audit-filter-from",
                "audit-filter-to"), tried);
    }

    private static int count(String code, String call) {
        Matcher matcher = Pattern.compile(Pattern.quote(call)).matcher(code);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static void chooseFirst(Node chooser) {
        if (chooser instanceof TableView<?> table) {
            table.getSelectionModel().select(0);
        } else if (chooser instanceof ListView<?> list) {
            list.getSelectionModel().select(0);
        } else if (chooser instanceof ComboBox<?> combo) {
            combo.getSelectionModel().select(0);
        }
    }

    /** Opens the tabs and folded panes the field is in, as a person would before typing into it. */
    private static void reveal(Node field) {
        for (Node n = field; n != null; n = n.getParent()) {
            if (n instanceof TitledPane pane) {
                pane.setExpanded(true);
            }
            if (n instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    if (tab.getContent() != null && contains(tab.getContent(), field)) {
                        tabs.getSelectionModel().select(tab);
                    }
                }
            }
        }
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The field's inline message: the error label beside it. */
    private static String messageUnder(Node field) {
        return field.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label && n.getStyleClass().contains(FormGrid.ERROR_STYLE))
                .map(n -> ((Label) n).getText()).findFirst().orElse("<no message label>");
    }
}
