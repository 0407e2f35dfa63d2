package uk.dln.secretariat.model.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.dln.secretariat.model.ValidationException;

class DirectoryRecordsTest {

    @Test
    void anAgencyMustBelongToADepartment() {
        var error = assertThrows(ValidationException.class,
                () -> Organisation.create("Met Office", "MO", OrganisationKind.AGENCY));
        assertEquals("parent", error.problems().get(0).field());
    }

    @Test
    void overlongFieldsNameTheField() {
        var error = assertThrows(ValidationException.class, () -> Organisation.create("x".repeat(201),
                "y".repeat(41), OrganisationKind.CENTRAL_UNIT));
        assertEquals(2, error.problems().size());
        assertEquals("name", error.problems().get(0).field());
        assertEquals("shortName", error.problems().get(1).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b", "two@@example.gov.uk", "spaces in@x.gov.uk"})
    void malformedEmailsAreRefused(String email) {
        var error = assertThrows(ValidationException.class,
                () -> new Leader(0, "Sam Patel", "", "", false, email, ""));
        assertEquals("validation.email", error.messageKey());
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        var error = assertThrows(ValidationException.class, () -> new Membership(0, 1, 1, NetworkRole.DIGITAL_LEADER,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)));
        assertEquals("validTo", error.problems().get(0).field());
    }

    @Test
    void termsThatShareADayOverlap() {
        var first = new Membership(0, 1, 1, NetworkRole.DIGITAL_LEADER, LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 3, 31));
        var touching = new Membership(0, 2, 1, NetworkRole.DIGITAL_LEADER, LocalDate.of(2025, 3, 31), null);
        var after = new Membership(0, 2, 1, NetworkRole.DIGITAL_LEADER, LocalDate.of(2025, 4, 1), null);
        assertTrue(first.overlaps(touching));
        assertFalse(first.overlaps(after));
        assertTrue(after.isCurrentOn(LocalDate.of(2030, 1, 1)));
        assertFalse(first.isCurrentOn(LocalDate.of(2025, 4, 1)));
    }

    @Test
    void kindsAreReadFromTheWordsFilesUse() {
        assertEquals(OrganisationKind.AGENCY, OrganisationKind.fromFileLabel("Arm\u2019s-length body").orElseThrow());
        assertEquals(OrganisationKind.MINISTERIAL_DEPARTMENT,
                OrganisationKind.fromFileLabel(" Ministerial Department ").orElseThrow());
        assertTrue(OrganisationKind.fromFileLabel("quango").isEmpty());
    }
}
