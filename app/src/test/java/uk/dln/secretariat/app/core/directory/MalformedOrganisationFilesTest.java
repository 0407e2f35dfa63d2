package uk.dln.secretariat.app.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.directory.OrganisationRow;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Files that are wrong in every way a real one can be: each is refused with a message that says which line and what,
 * and the workspace (its records and its audit log) is left exactly as it was.
 */
class MalformedOrganisationFilesTest {

    private static final String HEADER = "name,short_name,kind,parent,member,notes\n";

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void openWorkspaceWithTheHomeOffice() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.MINISTERIAL_DEPARTMENT));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** The import path's rule: a file with any problem stores nothing (the person fixes it, or skips the lines). */
    private OrganisationCsvReader.Result importIfValid(byte[] file) throws IOException {
        var existing = Set.of("HO");
        var result = new OrganisationCsvReader().read(new ByteArrayInputStream(file), existing);
        if (!result.hasProblems()) {
            workspace.organisations().importRows(result.rows());
        }
        return result;
    }

    private OrganisationCsvReader.Result refusedAndNothingChanged(byte[] file) throws IOException {
        int organisations = workspace.organisations().findAll().size();
        int auditEntries = workspace.audit().find(AuditQuery.all()).size();
        var result = importIfValid(file);
        assertTrue(result.hasProblems(), "the file should have been refused");
        assertEquals(organisations, workspace.organisations().findAll().size());
        assertEquals(auditEntries, workspace.audit().find(AuditQuery.all()).size());
        return result;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Problem only(OrganisationCsvReader.Result result, String messageKey) {
        var matching = result.problems().stream().filter(p -> p.messageKey().equals(messageKey)).toList();
        assertEquals(1, matching.size(), result.problems().toString());
        return matching.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a kind that does not exist         | Digital Unit,DU,ministry,,,                          | import.error.kind
            a member column that is not yes/no | Digital Unit,DU,central unit,,perhaps,               | import.error.member
            a parent nobody has heard of       | Passport Office,PO,agency,NOPE,,                     | import.error.unknownParent
            its own parent                     | Passport Office,PO,agency,PO,,                       | import.error.ownParent
            a short name already stored        | Home Office again,ho,central unit,,,                 | import.error.shortNameExists
            an agency with no department       | Passport Office,PO,agency,,,                         | import.error.field
            an empty name                      | ,DU,central unit,,,                                  | import.error.field
            """)
    void aBadLineIsNamedByItsNumber(String what, String line, String messageKey) throws IOException {
        var result = refusedAndNothingChanged(utf8(HEADER + "Digital Unit Two,DU2,central unit,,,\n" + line + "\n"));
        assertEquals(3, only(result, messageKey).arguments().get(0), what);
    }

    @Test
    void aShortNameRepeatedInTheFileNamesTheLaterLine() throws IOException {
        var result = refusedAndNothingChanged(utf8(HEADER + "Unit A,UA,central unit,,,\nUnit B,ua,central unit,,,\n"));
        assertEquals(3, only(result, "import.error.shortNameRepeated").arguments().get(0));
    }

    @Test
    void missingColumnsAreNamed() throws IOException {
        var result = refusedAndNothingChanged(utf8("title,abbreviation\nCabinet Office,CO\n"));
        assertEquals("name, short_name, kind", only(result, "import.error.missingColumns").arguments().get(0));
    }

    @Test
    void aLineWithTooFewCellsIsReadAsEmptyCellsAndRefused() throws IOException {
        var result = refusedAndNothingChanged(utf8(HEADER + "Cabinet Office\n"));
        assertEquals(2, result.problems().get(0).arguments().get(0));
    }

    @Test
    void aHugeCellIsRefusedAsTooLongOnItsLine() throws IOException {
        String huge = "x".repeat(1_000_000);
        var result = refusedAndNothingChanged(utf8(HEADER + huge + ",HUGE,central unit,,,\n"));
        Problem problem = only(result, "import.error.field");
        assertEquals(2, problem.arguments().get(0));
        assertEquals("validation.tooLong", ((Problem) problem.arguments().get(2)).messageKey());
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheLine() throws IOException {
        byte[] latin1 = (HEADER + "Unit A,UA,central unit,,,\nD\u00e9partement,DEP,central unit,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        var result = refusedAndNothingChanged(latin1);
        assertEquals(3, only(result, "import.error.encoding").arguments().get(0));
    }

    @Test
    void aUtf16FileIsRefused() throws IOException {
        var result = refusedAndNothingChanged((HEADER + "Unit A,UA,central unit,,,\n").getBytes(StandardCharsets.UTF_16));
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void anUnclosedQuoteIsRefusedAsMalformed() throws IOException {
        var result = refusedAndNothingChanged(utf8(HEADER + "\"Unit A,UA,central unit,,,\nUnit B,UB,central unit,,,\n"));
        assertTrue(result.rows().isEmpty(), result.rows().toString());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        byte[] big = new byte[OrganisationCsvReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        only(refusedAndNothingChanged(big), "import.error.tooLarge");
    }

    /** A zip bomb is only a bomb to something that unpacks it: read as text, it is binary, and refused. */
    @Test
    void aZipBombIsRefusedWithoutBeingUnpacked() throws IOException {
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("organisations.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(zipped.size() < OrganisationCsvReader.MAX_BYTES, "200 MB unpacked, a few hundred KB packed");
        only(refusedAndNothingChanged(zipped.toByteArray()), "import.error.encoding");
    }

    @Test
    void thousandsOfBadLinesAreEachReported() throws IOException {
        var text = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            text.append("Unit ").append(i).append(",U").append(i).append(",not a kind,,,\n");
        }
        var result = refusedAndNothingChanged(utf8(text.toString()));
        assertEquals(20_000, result.badLines());
    }

    @Test
    void nulBytesAndControlCharactersAreRefusedOnTheirLine() throws IOException {
        var result = refusedAndNothingChanged(utf8(HEADER + "Unit A,UA,central unit,,,\n"
                + "Unit\u0000B,UB,central unit,,,\nUnit C,U\u0007C,central unit,,,\n"
                + "\"Unit D\",UD,central unit,,,\"two\nlines\tand a tab\"\n"));
        assertEquals(List.of(3, 4), result.problems().stream()
                .filter(p -> p.messageKey().equals("import.error.controlCharacter")).map(p -> p.arguments().get(0))
                .toList());
        assertEquals(List.of("UA", "UD"), result.rows().stream().map(OrganisationRow::shortName).toList());
    }

    @Test
    void theStoreRefusesAWholeImportIfAnyRowBreaksARuleAndKeepsNothing() {
        int before = workspace.organisations().findAll().size();
        int auditEntries = workspace.audit().find(AuditQuery.all()).size();
        // Each row is fine on its own; together the second would duplicate the first in the workspace.
        var rows = List.of(
                new OrganisationRow(2, "Unit A", "UA", OrganisationKind.CENTRAL_UNIT, "", true, ""),
                new OrganisationRow(3, "Unit A again", "ua", OrganisationKind.CENTRAL_UNIT, "", true, ""));

        org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> workspace.organisations().importRows(rows));

        assertEquals(before, workspace.organisations().findAll().size());
        assertEquals(auditEntries, workspace.audit().find(AuditQuery.all()).size());
    }
}
