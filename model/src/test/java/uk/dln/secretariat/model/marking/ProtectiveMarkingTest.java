package uk.dln.secretariat.model.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.dln.secretariat.model.ValidationException;

class ProtectiveMarkingTest {

    @ParameterizedTest
    @CsvSource({
        "official, OFFICIAL",
        "OFFICIAL-SENSITIVE, OFFICIAL-SENSITIVE",
        "official-sensitive recipients only personal data, OFFICIAL-SENSITIVE RECIPIENTS ONLY PERSONAL DATA",
        "OFFICIAL FOR PUBLIC RELEASE, OFFICIAL FOR PUBLIC RELEASE",
        "OFFICIAL-SENSITIVE HMG USE ONLY COMMERCIAL, OFFICIAL-SENSITIVE HMG USE ONLY COMMERCIAL",
        "OFFICIAL-SENSITIVE  LEGAL PROFESSIONAL PRIVILEGE, OFFICIAL-SENSITIVE LEGAL PROFESSIONAL PRIVILEGE",
    })
    void parsesWhatPeopleWriteIntoTheCanonicalLabel(String written, String label) {
        assertEquals(label, ProtectiveMarking.parse(written).label());
    }

    @Test
    void separatesHandlingInstructionFromDescriptors() {
        var marking = ProtectiveMarking.parse("OFFICIAL-SENSITIVE DSIT USE ONLY PERSONAL DATA COMMERCIAL");
        assertEquals("DSIT USE ONLY", marking.handlingInstruction());
        assertEquals(List.of("PERSONAL DATA", "COMMERCIAL"), marking.descriptors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SECRET", "secret uk eyes only", "TOP SECRET", "Top  Secret"})
    void refusesMarkingsAboveOfficialSensitive(String written) {
        var error = assertThrows(ValidationException.class, () -> ProtectiveMarking.parse(written));
        assertEquals("marking.error.tooHigh", error.messageKey());
    }

    @Test
    void refusesTextThatIsNotAMarking() {
        var error = assertThrows(ValidationException.class, () -> ProtectiveMarking.parse("RESTRICTED"));
        assertEquals("marking.error.unknown", error.messageKey());
    }

    @Test
    void recipientsOnlyNeedsOfficialSensitive() {
        var error = assertThrows(ValidationException.class, () -> ProtectiveMarking.parse("OFFICIAL RECIPIENTS ONLY"));
        assertEquals("marking.error.recipientsOnlyNeedsSensitive", error.messageKey());
    }

    @Test
    void publicReleaseIsOnlyForPlainOfficial() {
        var error = assertThrows(ValidationException.class,
                () -> ProtectiveMarking.parse("OFFICIAL-SENSITIVE FOR PUBLIC RELEASE"));
        assertEquals("marking.error.publicReleaseNotSensitive", error.messageKey());
    }

    @Test
    void aPackTakesTheHighestMarking() {
        var sensitive = ProtectiveMarking.parse("OFFICIAL-SENSITIVE PERSONAL DATA");
        assertEquals(sensitive, ProtectiveMarking.highest(List.of(ProtectiveMarking.OFFICIAL, sensitive)));
        assertEquals(ProtectiveMarking.OFFICIAL, ProtectiveMarking.highest(List.of()));
    }

    @Test
    void theHighestMarkingCarriesEveryDescriptorAndTheStrictestHandlingInstruction() {
        var marking = ProtectiveMarking.highest(List.of(ProtectiveMarking.OFFICIAL,
                ProtectiveMarking.parse("OFFICIAL-SENSITIVE COMMERCIAL"),
                ProtectiveMarking.parse("OFFICIAL-SENSITIVE RECIPIENTS ONLY PERSONAL DATA"),
                ProtectiveMarking.parse("OFFICIAL-SENSITIVE HMG USE ONLY")));

        assertEquals("OFFICIAL-SENSITIVE RECIPIENTS ONLY PERSONAL DATA COMMERCIAL", marking.label());
    }

    @Test
    void aDescriptorOnPlainOfficialIsCarriedIntoTheHighestMarking() {
        var marking = ProtectiveMarking.highest(List.of(ProtectiveMarking.parse("OFFICIAL-SENSITIVE"),
                ProtectiveMarking.parse("OFFICIAL LEGAL")));

        assertEquals("OFFICIAL-SENSITIVE LEGAL", marking.label());
    }

    @Test
    void forPublicReleaseSurvivesOnlyWhenEverythingIsForPublicRelease() {
        var release = ProtectiveMarking.parse("OFFICIAL FOR PUBLIC RELEASE");

        assertEquals("OFFICIAL FOR PUBLIC RELEASE", ProtectiveMarking.highest(List.of(release, release)).label());
        assertEquals("OFFICIAL", ProtectiveMarking.highest(List.of(release, ProtectiveMarking.OFFICIAL)).label());
    }

    @Test
    void aMarkingCoversWhatItAlreadyCarriesButNotANewDescriptor() {
        var commercial = ProtectiveMarking.parse("OFFICIAL-SENSITIVE PERSONAL DATA COMMERCIAL");

        assertTrue(commercial.covers(ProtectiveMarking.parse("OFFICIAL-SENSITIVE COMMERCIAL")));
        assertTrue(commercial.covers(ProtectiveMarking.OFFICIAL));
        assertFalse(commercial.covers(ProtectiveMarking.parse("OFFICIAL-SENSITIVE LEGAL")));
        assertFalse(ProtectiveMarking.OFFICIAL.covers(ProtectiveMarking.parse("OFFICIAL-SENSITIVE")));
    }
}
