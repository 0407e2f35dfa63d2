package uk.dln.secretariat.app.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** A secretariat officer adds a department, its agency and its Digital Leader without touching the mouse. */
@UiTest
class DirectoryKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void alt(FxRobot robot, KeyCode key) throws Exception {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        app.settle();
    }

    private void chooseInComboBox(FxRobot robot, int downs) throws Exception {
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        for (int i = 0; i < downs; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        app.settle();
    }

    /** Organisation pickers take what is typed: the start of the name, or any part of it. */
    private void typeToChoose(FxRobot robot, String text) throws Exception {
        robot.write(text);
        app.settle();
    }

    @Test
    void addsADepartmentItsAgencyAndItsDigitalLeaderByKeyboardThenFindsThem(FxRobot robot) throws Exception {
        app.settle();
        // The window opens on Home; Ctrl+1 goes to the Directory.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        app.settle();

        // A department: New organisation (Alt+N), name, Tab, short name, Save (Alt+S).
        alt(robot, KeyCode.N);
        robot.write("Department for Testing").type(KeyCode.TAB).write("DfTest");
        alt(robot, KeyCode.S);

        // Its agency: the kind is the fourth choice; the parent is the only department.
        alt(robot, KeyCode.N);
        robot.write("Testing Standards Agency").type(KeyCode.TAB).write("TSA").type(KeyCode.TAB);
        chooseInComboBox(robot, 3);
        robot.type(KeyCode.TAB);
        typeToChoose(robot, "Department for Testing");
        alt(robot, KeyCode.S);

        var organisations = app.workspace().organisations().findAll();
        Organisation department = find(organisations, "DfTest");
        Organisation agency = find(organisations, "TSA");
        assertEquals(OrganisationKind.AGENCY, agency.kind());
        assertEquals(department.id(), agency.parentId());

        // Its Digital Leader: People tab (Ctrl+Page Down), New person (Alt+W), name, Save, then a role from today.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        app.settle();
        alt(robot, KeyCode.W);
        robot.write("Robin Example").type(KeyCode.TAB).write("Director General, Digital");
        alt(robot, KeyCode.S);
        alt(robot, KeyCode.O);
        typeToChoose(robot, "dftest");
        alt(robot, KeyCode.D);

        var history = app.workspace().memberships().forOrganisation(department.id());
        assertEquals(1, history.size());
        MembershipView term = history.get(0);
        assertEquals("Robin Example", term.leaderName());
        assertEquals(NetworkRole.DIGITAL_LEADER, term.membership().role());
        assertEquals(TODAY, term.membership().validFrom());

        // Finding them: search people, then organisations.
        alt(robot, KeyCode.A);
        robot.write("robin");
        app.settle();
        TableView<?> people = robot.lookup("#people-table").queryAs(TableView.class);
        assertEquals(1, people.getItems().size());

        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        app.settle();
        robot.write("testing");
        app.settle();
        TableView<?> table = robot.lookup("#organisations-table").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        var first = (OrganisationItem) table.getItems().get(0);
        var second = (OrganisationItem) table.getItems().get(1);
        assertEquals("Robin Example", first.digitalLeader());
        assertTrue(second.indentedName().contains("Testing Standards Agency") && second.depth() == 1,
                "the agency is listed under its department");
    }

    private static Organisation find(java.util.List<Organisation> organisations, String shortName) {
        return organisations.stream().filter(o -> o.shortName().equals(shortName)).findFirst().orElseThrow();
    }
}
