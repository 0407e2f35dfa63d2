package uk.dln.secretariat.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

class NetworkSettingsTest {

    @Test
    void trimsWhatIsTyped() {
        var settings = new NetworkSettings("  Digital Leaders  ", " DLN ", ProtectiveMarking.OFFICIAL);
        assertEquals("Digital Leaders", settings.networkName());
        assertEquals("DLN", settings.paperReferencePrefix());
    }

    @Test
    void reportsEveryProblemAtOnceNamingTheField() {
        var error = assertThrows(ValidationException.class,
                () -> new NetworkSettings(" ", "D L N", ProtectiveMarking.OFFICIAL));
        assertEquals(2, error.problems().size());
        assertEquals("networkName", error.problems().get(0).field());
        assertEquals(Problem.of("paperReferencePrefix", "settings.error.prefixFormat", "D L N"),
                error.problems().get(1));
    }

    @Test
    void refusesOverlongNetworkName() {
        var error = assertThrows(ValidationException.class,
                () -> new NetworkSettings("x".repeat(NetworkSettings.NAME_MAX + 1), "DLN", ProtectiveMarking.OFFICIAL));
        assertEquals("validation.tooLong", error.messageKey());
    }
}
