package uk.dln.secretariat.app.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;

/**
 * A coordinator rates the approach the secretariat is typing a rating for: the form keeps the typing and says who
 * changed the rating, a save is refused naming the change (Keep editing keeps the typing), and Alt+X reloads theirs.
 */
@UiTest
class RatingChangedByOthersKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final String THEIRS = "Strategy agreed by the board";
    private static final String MINE = "Strategy published";

    @TempDir
    static Path folder;

    private final List<Consumer<RecordChanged>> colleagues = new CopyOnWriteArrayList<>();
    private AppHarness app;
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()), TODAY);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private record Seeded(Organisation dsit, SelfAssessmentRound round, long approachId) {
    }

    private Seeded seed() throws Exception {
        app.settle();
        var workspace = app.workspace();
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var round = workspace.selfAssessment().open(SelfAssessmentRound.open("Spring 2027", TODAY,
                TODAY.plusWeeks(4)));
        long approachId = workspace.selfAssessment().approaches().get(0).id();
        workspace.selfAssessment().rate(ApproachRating.of(round.id(), dsit.id(), approachId,
                MaturityLevel.DEVELOPING, "Draft strategy"));
        // The window follows a shared workspace's change feed; here the test speaks for the server.
        WaitForAsyncUtils.asyncFx(() -> app.services().workspaces().followChangesByOthers(listener -> {
            colleagues.add(listener);
            return () -> colleagues.remove(listener);
        })).get();
        return new Seeded(dsit, round, approachId);
    }

    /** Opens the first cell's rating by keyboard and types new evidence over it. */
    private void typeEvidence(FxRobot robot, Seeded seeded) throws Exception {
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        String cell = "#toolkit-cell-" + seeded.dsit().id() + "-" + seeded.approachId();
        app.keys(robot, KeyCode.ALT, KeyCode.R);
        for (int presses = 0; presses < 15 && !robot.lookup(cell).queryAs(Button.class).isFocused(); presses++) {
            app.key(robot, KeyCode.TAB);
        }
        app.key(robot, KeyCode.ENTER);
        // From the level, Tab passes the reason (disabled unless Not applicable) to the evidence.
        app.key(robot, KeyCode.TAB);
        assertTrue(evidence(robot).isFocused(), "the evidence has the focus");
        app.keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.targetWindow(window).write(MINE);
        app.settle();
    }

    /** The coordinator's rating, saved from what they read, and the server's word of it. */
    private void ratedBehindTheFormsBack(Seeded seeded) throws Exception {
        var workspace = app.workspace();
        var theirs = workspace.selfAssessment().ratings(seeded.round().id()).get(0);
        workspace.selfAssessment().rate(new ApproachRating(seeded.round().id(), seeded.dsit().id(),
                seeded.approachId(), MaturityLevel.ESTABLISHED, "", THEIRS, "", "", null, theirs.id(),
                theirs.version()));
        colleagues.forEach(listener -> listener.accept(
                new RecordChanged("approach_rating", theirs.id(), "coordinator_dsit")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> bar(new FxRobot()).isVisible()).get());
        app.settle();
    }

    private static TextArea evidence(FxRobot robot) {
        return robot.lookup("#toolkit-rate-evidence").queryAs(TextArea.class);
    }

    private static ChangedByOthersBar bar(FxRobot robot) {
        return robot.lookup("#rating-changed").queryAs(ChangedByOthersBar.class);
    }

    private String stored(Seeded seeded) {
        return app.workspace().selfAssessment().ratings(seeded.round().id()).get(0).evidence();
    }

    @Test
    void theFormKeepsTheTypingSaysWhoChangedTheRatingAndASaveIsRefused(FxRobot robot) throws Exception {
        var seeded = seed();
        typeEvidence(robot, seeded);

        ratedBehindTheFormsBack(seeded);

        assertEquals(MINE, evidence(robot).getText());
        var notice = robot.from(bar(robot)).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text.length() > 1).findFirst().orElse("");
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_dsit", "00:00"), notice);

        robot.clickOn("#toolkit-rate-save");
        app.settle();

        assertEquals(1, app.dialogs().conflicts.size());
        assertTrue(app.dialogs().conflicts.get(0).startsWith("Rating: changed by someone else"),
                app.dialogs().conflicts.get(0));
        assertEquals(MINE, evidence(robot).getText());
        assertEquals(THEIRS, stored(seeded));
    }

    @Test
    void altXAsksAboutTheTypingAndOnDiscardShowsTheirRating(FxRobot robot) throws Exception {
        var seeded = seed();
        typeEvidence(robot, seeded);
        ratedBehindTheFormsBack(seeded);
        app.dialogs().saveChoices.add(SaveChoice.DISCARD);

        app.keys(robot, KeyCode.ALT, KeyCode.X);

        assertEquals(1, app.dialogs().saveQuestions.size());
        assertEquals(THEIRS, evidence(robot).getText());
        assertFalse(bar(robot).isVisible(), "nothing left to say once the stored rating shows");
    }
}
