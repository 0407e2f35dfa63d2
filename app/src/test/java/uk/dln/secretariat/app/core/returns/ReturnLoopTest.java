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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.persistence.Workspace;

/**
 * The coordinator's loop end to end: returns issued from the demo workspace, edited with POI as a coordinator would,
 * and taken in after a preview; and every bad case refused with its place, storing nothing.
 */
class ReturnLoopTest {

    private final Clock clock = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    private Workspace workspace;
    private Path returnFile;
    private IssuedReturn issued;

    @BeforeEach
    void issueTheDemoReturns() {
        workspace = DemoWorkspace.open(folder.resolve("demo.secretariat"), clock);
        var all = DemoWorkspace.issueReturns(workspace.data(), clock, folder.resolve("out"));
        var chosen = all.stream().filter(i -> {
            var slice = workspace.returns().slice(i.issued().organisationId(), LocalDate.now(clock));
            return !slice.actions().isEmpty() && !slice.milestones().isEmpty() && !slice.indicators().isEmpty();
        }).findFirst().orElseThrow();
        returnFile = chosen.file();
        issued = chosen.issued();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anIssuedReturnIsOutstandingAndUnchangedReturnsPreviewNoChanges() {
        assertEquals(IssuedReturn.State.OUTSTANDING, workspace.returns().find(issued.id()).orElseThrow().state());
        ReturnPreview preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);
        assertFalse(preview.isRefused(), preview.problems().toString());
        assertEquals(List.of(), preview.changes());
        assertEquals(IssuedReturn.State.RECEIVED, workspace.returns().find(issued.id()).orElseThrow().state());
    }

    @Test
    void aCoordinatorsEditsArePreviewedStoredAuditedAndTakenOnlyOnce() throws IOException {
        edit(workbook -> {
            Sheet actions = workbook.getSheet("Actions");
            actions.getRow(2).getCell(5).setCellValue("Proposed for closure");
            actions.getRow(2).getCell(7).setCellValue("Done; closing report sent to the board.");
            Sheet milestones = workbook.getSheet("Milestones");
            milestones.getRow(2).getCell(4).setCellValue(LocalDate.of(2028, 12, 31));
            milestones.getRow(2).getCell(8).setCellValue("Supplier delay");
            workbook.getSheet("Indicators").getRow(2).getCell(4).setCellValue(41);
            Sheet risks = workbook.getSheet("Risks");
            int empty = risks.getLastRowNum();
            var row = risks.getRow(empty);
            row.getCell(2).setCellValue("Key supplier fails");
            row.getCell(3).setCellValue("CDIO");
            row.getCell(4).setCellValue(3);
            row.getCell(5).setCellValue(4);
            row.getCell(6).setCellValue("Second supplier on standby");
            row.getCell(7).setCellValue("Open");
            row.getCell(8).setCellValue(LocalDate.now(clock).plusMonths(3));
        });
        var intake = new ReturnIntake(clock);
        ReturnPreview preview = intake.preview(workspace.data(), returnFile);
        assertFalse(preview.isRefused(), preview.problems().toString());
        var lines = preview.changes().stream().map(ReturnChangeText::of).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("status") && l.endsWith("\u2192 Proposed for closure")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Milestone '") && l.contains("31 Dec 2028")
                && l.contains("(reason: Supplier delay)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("new reading 41 for")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.equals("new risk 'Key supplier fails'")), lines.toString());
        assertEquals(0, preview.conflicts());

        int stored = intake.takeIn(workspace.data(), preview, ReturnIntake.acceptedByDefault(preview));

        assertEquals(preview.changes().size(), stored);
        long actionId = preview.changes().stream().filter(c -> c.kind() == ReturnChange.Kind.ACTION)
                .findFirst().orElseThrow().recordId();
        var entries = workspace.audit().find(AuditQuery.record("action", Long.toString(actionId)));
        String expected = "from the " + issued.organisation() + " return of ";
        assertTrue(entries.stream().anyMatch(e -> e.changedBy() != null && e.changedBy().contains(expected)),
                entries.toString());
        assertTrue(workspace.roadmaps().risks().findByRoadmap(workspace.returns()
                .currentRoadmap(issued.organisationId(), LocalDate.now(clock)).orElseThrow()).stream()
                .anyMatch(r -> r.title().equals("Key supplier fails")));
        assertEquals(IssuedReturn.State.TAKEN_IN, workspace.returns().find(issued.id()).orElseThrow().state());

        ReturnPreview again = intake.preview(workspace.data(), returnFile);
        assertEquals(List.of(), again.changes(), "the same return a second time changes nothing");
    }

    @Test
    void aMilestonesReasonIsStoredInItsHistoryAndAuditedAsFromTheReturn() throws IOException {
        long milestoneId = workspace.returns().slice(issued.organisationId(), LocalDate.now(clock)).milestones()
                .get(0).id();
        edit(workbook -> {
            Sheet milestones = workbook.getSheet("Milestones");
            milestones.getRow(2).getCell(4).setCellValue(LocalDate.of(2028, 12, 31));
            milestones.getRow(2).getCell(8).setCellValue("Supplier delay");
        });
        var intake = new ReturnIntake(clock);
        ReturnPreview preview = intake.preview(workspace.data(), returnFile);
        var forecast = preview.changes().stream().filter(c -> c.field().equals("forecast")).findFirst()
                .orElseThrow();
        assertEquals("Supplier delay", forecast.reason());

        intake.takeIn(workspace.data(), preview, ReturnIntake.acceptedByDefault(preview));

        var history = workspace.roadmaps().milestones().history(milestoneId);
        var latest = history.get(history.size() - 1);
        assertEquals(LocalDate.of(2028, 12, 31), latest.forecastDate());
        assertEquals("Supplier delay", latest.reason());
        var audited = workspace.audit().find(AuditQuery.all()).stream()
                .filter(e -> e.table().equals("milestone_change") && e.changes().toString().contains("Supplier delay"))
                .toList();
        assertEquals(1, audited.size(), audited.toString());
        assertTrue(audited.get(0).changedBy().contains("from the " + issued.organisation() + " return of "),
                audited.toString());

        intake.takeIn(workspace.data(), intake.preview(workspace.data(), returnFile), List.of());
        assertEquals(history.size(), workspace.roadmaps().milestones().history(milestoneId).size(),
                "the same return a second time adds no history");
    }

    @Test
    void aReturnTwoPeoplePreviewedIsTakenInOnceAndTheSecondIntakeIsRefusedNamingTheFirst() throws IOException {
        long milestoneId = workspace.returns().slice(issued.organisationId(), LocalDate.now(clock)).milestones()
                .get(0).id();
        edit(workbook -> workbook.getSheet("Milestones").getRow(2).getCell(4)
                .setCellValue(LocalDate.of(2028, 12, 31)));
        var intake = new ReturnIntake(clock);
        ReturnPreview mine = intake.preview(workspace.data(), returnFile);
        ReturnPreview theirs = intake.preview(workspace.data(), returnFile);
        intake.takeIn(workspace.data(), theirs, ReturnIntake.acceptedByDefault(theirs));
        int history = workspace.roadmaps().milestones().history(milestoneId).size();

        var refused = org.junit.jupiter.api.Assertions.assertThrows(uk.dln.secretariat.model.SecretariatException.class,
                () -> intake.takeIn(workspace.data(), mine, ReturnIntake.acceptedByDefault(mine)));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertTrue(String.valueOf(refused.arguments().get(2)).contains("taken_in_at"), refused.arguments().toString());
        assertEquals(history, workspace.roadmaps().milestones().history(milestoneId).size());
    }

    @Test
    void aReasonWithANewConfidenceAloneGoesWithTheConfidence() throws IOException {
        var line = workspace.returns().slice(issued.organisationId(), LocalDate.now(clock)).milestones().get(0);
        String other = line.confidence() == uk.dln.secretariat.model.roadmaps.DeliveryConfidence.RED ? "Green"
                : "Red";
        edit(workbook -> {
            Sheet milestones = workbook.getSheet("Milestones");
            milestones.getRow(2).getCell(7).setCellValue(other);
            milestones.getRow(2).getCell(8).setCellValue("Funding confirmed");
        });
        var intake = new ReturnIntake(clock);
        ReturnPreview preview = intake.preview(workspace.data(), returnFile);
        assertFalse(preview.isRefused(), preview.problems().toString());
        var confidence = preview.changes().stream().filter(c -> c.field().equals("confidence")).findFirst()
                .orElseThrow();
        assertTrue(ReturnChangeText.of(confidence).endsWith("(reason: Funding confirmed)"),
                ReturnChangeText.of(confidence));

        intake.takeIn(workspace.data(), preview, ReturnIntake.acceptedByDefault(preview));

        var history = workspace.roadmaps().milestones().history(line.id());
        assertEquals("Funding confirmed", history.get(history.size() - 1).reason());
    }

    @Test
    void aReasonLongerThanTheHistoryHoldsIsRefusedWithItsPlace() throws IOException {
        assertRefused(w -> {
            Sheet milestones = w.getSheet("Milestones");
            milestones.getRow(2).getCell(4).setCellValue(LocalDate.of(2028, 12, 31));
            milestones.getRow(2).getCell(8).setCellValue("x".repeat(1001));
        }, "Milestones!I3: ");
    }

    @Test
    void aRecordChangedInTheWorkspaceSinceIssueIsAConflictNotTakenByDefault() throws IOException {
        edit(workbook -> workbook.getSheet("Milestones").getRow(2).getCell(4)
                .setCellValue(LocalDate.of(2028, 12, 31)));
        var slice = workspace.returns().slice(issued.organisationId(), LocalDate.now(clock));
        long milestoneId = slice.milestones().get(0).id();
        var roadmap = workspace.returns().currentRoadmap(issued.organisationId(), LocalDate.now(clock)).orElseThrow();
        var milestone = workspace.roadmaps().milestones().findByRoadmap(roadmap).stream()
                .filter(m -> m.id() == milestoneId).findFirst().orElseThrow();
        workspace.roadmaps().milestones().save(milestone.withForecast(milestone.forecastDate().plusDays(1),
                milestone.confidence()));

        ReturnPreview preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);

        assertEquals(1, preview.conflicts());
        assertTrue(ReturnIntake.acceptedByDefault(preview).stream().noneMatch(ReturnChange::conflict));
        assertTrue(ReturnChangeText.of(preview.changes().stream().filter(ReturnChange::conflict).findFirst()
                .orElseThrow()).contains("CONFLICT"));
    }

    @Test
    void badInputIsRefusedWithItsPlaceAndNothingIsStored() throws IOException {
        assertRefused(w -> w.getSheet("Indicators").getRow(2).getCell(4).setCellValue("about forty"),
                "Indicators!E3: about forty is not a number");
        assertRefused(w -> w.getSheet("Milestones").getRow(2).getCell(4).setCellValue("31/02/2027"),
                "Milestones!E3: 31/02/2027 is not a date");
        assertRefused(w -> w.getSheet("Indicators").getRow(2).getCell(4).setCellFormula("40+1"),
                "Indicators!E3: a formula (40+1)");
        assertRefused(w -> w.getSheet("Actions").getRow(2).getCell(0).setCellValue("999999"),
                "Actions!A3: 999999 is not one of this return's records");
        assertRefused(w -> {
            var codes = w.getSheet("Milestones").getRow(0);
            codes.getCell(4).setCellValue("actual");
            codes.getCell(5).setCellValue("forecast");
        }, "Milestones!E2: the columns were reordered");
        assertRefused(w -> {
            Sheet risks = w.getSheet("Risks");
            for (int r = risks.getLastRowNum() + 1; r < 10_050; r++) {
                risks.createRow(r).createCell(2).setCellValue("pasted");
            }
        }, "more than a return holds");
        assertRefused(w -> w.getSheet("Return").getRow(1).getCell(1).setCellValue("0".repeat(32)),
                "issued from another workspace");
        assertRefused(w -> w.getSheet("Return").getRow(3).getCell(1).setCellValue("XYZ"),
                "This is the return of XYZ, but it was issued to " + issued.organisation());
        assertRefused(w -> w.getSheet("Milestones").getRow(2).getCell(0).setCellValue(
                        indicatorIdThatIsNoMilestone(w)),
                "is not one of this return's records on Milestones");
        Path locked = folder.resolve("locked.xlsx");
        var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        var encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(
                org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (InputStream in = Files.newInputStream(returnFile);
             var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(in);
             OutputStream out = encryptor.getDataStream(fs)) {
            opc.save(out);
        } catch (java.security.GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
        try (OutputStream out = Files.newOutputStream(locked)) {
            fs.writeFilesystem(out);
        }
        var refused = new ReturnIntake(clock).preview(workspace.data(), locked);
        assertTrue(refused.problems().get(0).contains("is protected by a password"), refused.problems().toString());
        Files.writeString(returnFile, "not a workbook");
        var preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);
        assertTrue(preview.problems().get(0).contains("is not a workbook"), preview.problems().toString());
    }

    private void assertRefused(Consumer<Workbook> damage, String expected) throws IOException {
        Path original = folder.resolve("original.xlsx");
        Files.copy(returnFile, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long auditBefore = workspace.audit().find(AuditQuery.all()).size();
        edit(damage);
        ReturnPreview preview = new ReturnIntake(clock).preview(workspace.data(), returnFile);
        assertTrue(preview.isRefused(), expected);
        assertTrue(preview.problems().stream().anyMatch(p -> p.contains(expected)), preview.problems().toString());
        assertEquals(auditBefore, workspace.audit().find(AuditQuery.all()).size(), "nothing stored");
        Files.copy(original, returnFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A row moved from Indicators to Milestones: an indicator's id that no milestone of the return has. */
    private static double indicatorIdThatIsNoMilestone(Workbook workbook) {
        var milestoneIds = new java.util.HashSet<Double>();
        Sheet milestones = workbook.getSheet("Milestones");
        for (int r = 2; r <= milestones.getLastRowNum(); r++) {
            milestoneIds.add(milestones.getRow(r).getCell(0).getNumericCellValue());
        }
        Sheet indicators = workbook.getSheet("Indicators");
        for (int r = 2; r <= indicators.getLastRowNum(); r++) {
            double id = indicators.getRow(r).getCell(0).getNumericCellValue();
            if (!milestoneIds.contains(id)) {
                return id;
            }
        }
        throw new AssertionError("every indicator id is also a milestone id");
    }

    /** Opens the return with POI, lets the test change it, saves it: what a coordinator's Excel does. */
    private void edit(Consumer<Workbook> change) throws IOException {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(returnFile)) {
            workbook = WorkbookFactory.create(in);
        }
        change.accept(workbook);
        try (OutputStream out = Files.newOutputStream(returnFile)) {
            workbook.write(out);
        }
        ((XSSFWorkbook) workbook).close();
    }
}
