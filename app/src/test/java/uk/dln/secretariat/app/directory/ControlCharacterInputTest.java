package uk.dln.secretariat.app.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.core.directory.OrganisationCsvReader;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** A control character typed or pasted into the directory's forms, or in a file to import, is refused by field. */
class ControlCharacterInputTest {

    private static final String BELL = "Ann\u0007 Leader";

    @Test
    void aLeadersNameWithAControlCharacterIsRefusedUnderTheName() {
        var form = new LeaderFormViewModel();
        form.clear();
        form.nameProperty().set(BELL);

        assertNull(form.toLeader());
        assertTrue(form.errors().of("name").get().contains("U+0007, at character 4"), form.errors().of("name").get());
        assertEquals("", form.errors().of("jobTitle").get());
    }

    @Test
    void anOrganisationsShortNameAndNotesAreCheckedToo() {
        var form = new OrganisationFormViewModel();
        form.clear();
        form.nameProperty().set("Department for Work and Pensions");
        form.shortNameProperty().set("DWP\uFFFF");
        form.kindProperty().set(OrganisationKind.MINISTERIAL_DEPARTMENT);
        form.notesProperty().set("Line one\nLine two\u001B");

        assertNull(form.toOrganisation());
        assertTrue(form.errors().of("shortName").get().contains("U+FFFF"));
        assertTrue(form.errors().of("notes").get().contains("U+001B"));
        assertEquals("", form.errors().of("name").get());
    }

    @Test
    void aDeclarationOfInterestWithAControlCharacterIsRefused() {
        var form = new DeclarationFormViewModel();
        form.clear(LocalDate.of(2026, 11, 22));
        form.interestProperty().set("Trustee\u0000");

        assertNull(form.toDeclaration(1));
        assertTrue(form.errors().of("interest").get().contains("U+0000"));
    }

    @Test
    void tabsAndLineBreaksAreTextAndStayAllowed() {
        var form = new LeaderFormViewModel();
        form.clear();
        form.nameProperty().set("Ann Leader");
        form.jobTitleProperty().set("Chief\tDigital Officer");

        assertEquals("Chief\tDigital Officer", form.toLeader().jobTitle());
    }

    @Test
    void anImportedFileWithAControlCharacterNamesTheLineAndTheColumn() throws Exception {
        String csv = "name,short_name,kind\nDepartment for Education,DfE,ministerial department\n"
                + "Home Office,HO,ministerial department\nCabinet Office,CO\uFFFE,ministerial department\n";

        var result = new OrganisationCsvReader().read(
                new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), java.util.Set.of());

        var problem = result.problems().stream()
                .filter(p -> p.messageKey().equals("import.error.controlCharacter")).findFirst().orElseThrow();
        assertEquals(java.util.List.of(4, "short_name"), problem.arguments());
        assertEquals(2, result.rows().size());
    }
}
