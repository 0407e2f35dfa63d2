package uk.dln.secretariat.app.core.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.persistence.Workspace;

/**
 * A member's return carries its self-assessment for the open round: edited in the workbook as a coordinator would,
 * previewed, refused when wrong, a conflict when the rating changed meanwhile, and stored when taken in.
 */
class SelfAssessmentReturnTest {

    private final Clock clock = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    private Workspace workspace;
    private Path returnFile;
    private IssuedReturn issued;
    private long roundId;

    @BeforeEach
    void issueTheDemoReturns() {
        workspace = DemoWorkspace.open(folder.resolve("demo.secretariat"), clock);
        roundId = SelfAssessmentReturns.openRound(workspace.data()).orElseThrow().id();
        var all = DemoWorkspace.issueReturns(workspace.data(), clock, folder.resolve("out"));
        var chosen = all.get(0);
        returnFile = chosen.file();
        issued = chosen.issued();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theReturnCarriesASheetWithEveryApproachOfTheOpenRound() throws IOException {
        try (InputStream in = Files.newInputStream(returnFile); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Self-assessment");
            assertEquals(21, sheet.getLastRowNum() - 1, "a row per approach after the codes and labels");
            assertEquals("1.1", sheet.getRow(2).getCell(2).getStringCellValue());
            assertEquals(workbook.getSheetIndex("Risks") + 1, workbook.getSheetIndex("Self-assessment"));
        }
        var preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);
        assertFalse(preview.isRefused(), preview.problems().toString());
        assertEquals(List.of(), preview.changes(), "as issued, nothing changes");
    }

    @Test
    void aNewLevelIsPreviewedAndStoredWhenTakenIn() throws IOException {
        edit(sheet -> {
            sheet.getRow(3).getCell(4).setCellValue("Embedded");
            sheet.getRow(3).getCell(6).setCellValue("Metrics reviewed monthly by the board");
        });
        var intake = new ReturnIntake(clock);
        var preview = intake.preview(workspace.data(), returnFile);
        assertFalse(preview.isRefused(), preview.problems().toString());
        var ratings = preview.changes().stream().filter(c -> c.kind() == ReturnChange.Kind.RATING).toList();
        assertEquals(1, ratings.size());
        assertTrue(ReturnChangeText.of(ratings.get(0)).startsWith("Approach 1.2 "), ReturnChangeText.of(ratings.get(0)));
        assertTrue(ratings.get(0).newValue().startsWith("Embedded: Metrics reviewed"), ratings.get(0).newValue());

        intake.takeIn(workspace.data(), preview, ReturnIntake.acceptedByDefault(preview));

        var stored = workspace.selfAssessment().ratings(roundId).stream()
                .filter(r -> r.organisationId() == issued.organisationId() && r.approachId() == ratings.get(0)
                        .recordId()).findFirst().orElseThrow();
        assertEquals(MaturityLevel.EMBEDDED, stored.level());
        assertEquals("Metrics reviewed monthly by the board", stored.evidence());
        assertEquals(List.of(), intake.preview(workspace.data(), returnFile).changes(),
                "reading it again changes nothing");
    }

    @Test
    void aLevelNamedInWelshIsReadThoughTheReturnWasIssuedInEnglish() throws IOException {
        // A return may come back in another language than the documents are set to now: both names are known.
        edit(sheet -> {
            sheet.getRow(3).getCell(4).setCellValue("Wedi\u2019i wreiddio");
            sheet.getRow(3).getCell(6).setCellValue("Metrics reviewed monthly by the board");
        });
        var preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);
        assertFalse(preview.isRefused(), preview.problems().toString());
        var ratings = preview.changes().stream().filter(c -> c.kind() == ReturnChange.Kind.RATING).toList();
        assertEquals(1, ratings.size());
        assertTrue(ratings.get(0).newValue().startsWith("Embedded: Metrics reviewed"), ratings.get(0).newValue());
    }

    @Test
    void aRatingChangedInTheWorkspaceSinceIssueIsAConflictLeftUnticked() throws IOException {
        var approach = workspace.selfAssessment().approaches().get(0);
        // Over the rating as issued, whatever its version: someone else's change since the return went out.
        workspace.selfAssessment().rateAll(java.util.List.of(ApproachRating.of(roundId, issued.organisationId(),
                approach.id(), MaturityLevel.DEVELOPING, "Rated at the meeting")));
        edit(sheet -> sheet.getRow(2).getCell(4).setCellValue("Established"));

        var preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);

        var change = preview.changes().stream().filter(c -> c.kind() == ReturnChange.Kind.RATING).findFirst()
                .orElseThrow();
        assertTrue(change.conflict());
        assertEquals(List.of(), ReturnIntake.acceptedByDefault(preview).stream()
                .filter(c -> c.kind() == ReturnChange.Kind.RATING).toList());
    }

    @Test
    void aLevelOffTheScaleAndNotApplicableWithoutAReasonAreRefusedWithTheirCells() throws IOException {
        edit(sheet -> {
            sheet.getRow(2).getCell(4).setCellValue("Excellent");
            sheet.getRow(3).getCell(4).setCellValue("Not applicable");
            sheet.getRow(3).getCell(5).setBlank();
        });

        var preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);

        assertTrue(preview.isRefused());
        assertEquals(List.of("Self-assessment!E3: Excellent is not on the scale: choose Not started, Developing, "
                + "Established, Embedded or Not applicable", "Self-assessment!F4: Not applicable needs a reason here"),
                preview.problems());
    }

    @Test
    void aRoundClosedAfterIssueRefusesTheSheetNamingTheRound() throws IOException {
        edit(sheet -> sheet.getRow(2).getCell(4).setCellValue("Developing"));
        workspace.selfAssessment().setClosed(roundId, true);

        var preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);

        assertTrue(preview.isRefused());
        assertTrue(preview.problems().get(0).startsWith("Self-assessment: the self-assessment round \""),
                preview.problems().toString());
    }

    private void edit(Consumer<Sheet> change) throws IOException {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(returnFile)) {
            workbook = WorkbookFactory.create(in);
        }
        change.accept(workbook.getSheet("Self-assessment"));
        try (OutputStream out = Files.newOutputStream(returnFile)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
