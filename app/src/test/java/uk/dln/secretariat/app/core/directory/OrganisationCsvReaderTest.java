package uk.dln.secretariat.app.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.OrganisationKind;

class OrganisationCsvReaderTest {

    private OrganisationCsvReader.Result read(String text, String... existing) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8), existing);
    }

    private OrganisationCsvReader.Result read(byte[] bytes, String... existing) throws Exception {
        return new OrganisationCsvReader().read(new ByteArrayInputStream(bytes), Set.of(existing));
    }

    @Test
    void readsTheReferenceShapeWithQuotedCommas() throws Exception {
        var result = read("name,short_name,kind\n\"Department for Culture, Media and Sport\",DCMS,ministerial department\n");
        assertTrue(result.problems().isEmpty());
        assertEquals("Department for Culture, Media and Sport", result.rows().get(0).name());
        assertEquals(OrganisationKind.MINISTERIAL_DEPARTMENT, result.rows().get(0).kind());
    }

    @Test
    void optionalColumnsGiveParentMembershipAndNotes() throws Exception {
        var result = read("\uFEFFname,short_name,kind,parent,member,notes\n"
                + "Met Office,MO,agency,DSIT,no,Weather and climate\n", "DSIT");
        var row = result.rows().get(0);
        assertEquals("DSIT", row.parentShortName());
        assertEquals(false, row.member());
        assertEquals("Weather and climate", row.notes());
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        var result = read("name,kind\nHome Office,ministerial department\n");
        assertEquals("import.error.missingColumns", result.problems().get(0).messageKey());
        assertTrue(Messages.of(result.problems().get(0)).contains("short_name"));
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheLine() throws Exception {
        byte[] latin1 = "name,short_name,kind\nMinist\u00e8re,MIN,central unit\n".getBytes(StandardCharsets.ISO_8859_1);
        var result = read(latin1);
        assertEquals("import.error.encoding", result.problems().get(0).messageKey());
        assertEquals(2, result.problems().get(0).arguments().get(0));
    }

    @Test
    void eachBadLineIsReportedWithItsNumberAndGoodLinesAreKept() throws Exception {
        var result = read("name,short_name,kind\n"
                + "Home Office,HO,ministerial department\n"
                + ",NONAME,central unit\n"
                + "Quango,Q,quango\n"
                + "Orphan Agency,OA,agency,\n"
                + "Second Home Office,HO,central unit\n");
        assertEquals(1, result.rows().size());
        assertEquals(4, result.badLines());
        var messages = result.problems().stream().map(Messages::of).toList();
        assertTrue(messages.get(0).startsWith("Line 3, name:"), "problems come in line order: " + messages);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Line 4") && m.contains("quango")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Line 5") && m.contains("department")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Line 6") && m.contains("earlier")),
                messages.toString());
    }

    @Test
    void aShortNameAlreadyInTheWorkspaceIsRefused() throws Exception {
        var result = read("name,short_name,kind\nHome Office,ho,ministerial department\n", "HO");
        assertEquals("import.error.shortNameExists", result.problems().get(0).messageKey());
    }

    @Test
    void overlongFieldsAreRefusedOnTheirLine() throws Exception {
        var result = read("name,short_name,kind\n" + "x".repeat(300) + ",X,central unit\n");
        assertTrue(Messages.of(result.problems().get(0)).contains("at most 200"));
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing() throws Exception {
        byte[] huge = new byte[OrganisationCsvReader.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertEquals("import.error.tooLarge", read(huge).problems().get(0).messageKey());
    }
}
