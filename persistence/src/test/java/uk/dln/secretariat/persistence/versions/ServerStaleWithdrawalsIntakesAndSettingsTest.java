package uk.dln.secretariat.persistence.versions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;
import uk.dln.secretariat.persistence.server.TestDatabase;

/** The checks StaleWithdrawalsIntakesAndSettingsTest makes on a file, on a real server. */
@ExtendWith(PostgresExtension.class)
class ServerStaleWithdrawalsIntakesAndSettingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    private ServerWorkspace workspace;
    private WithdrawalsIntakesAndSettings editors;

    @BeforeEach
    void setUp(TestDatabase database) {
        workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), CLOCK);
        editors = new WithdrawalsIntakesAndSettings(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void aWithdrawalOfAnActionSomeoneElseCorrectedSinceIsRefusedAndKeepsItInTheLog() {
        editors.aWithdrawalOfAnActionSomeoneElseCorrectedSinceIsRefusedAndKeepsItInTheLog();
    }

    @Test
    void aWithdrawalAtTheVersionShownTakesTheActionOutOfTheLog() {
        editors.aWithdrawalAtTheVersionShownTakesTheActionOutOfTheLog();
    }

    @Test
    void settingsSavedOverSomeoneElsesNewerOnesAreRefusedNamingTheSettingsTheyChangedAndKeepTheirs() {
        editors.settingsSavedOverSomeoneElsesNewerOnesAreRefusedNamingTheSettingsTheyChangedAndKeepTheirs();
    }

    @Test
    void settingsSavedAtTheVersionTheyWereShownAtAreStoredAndHoldTheNewVersionForTheNextSave() {
        editors.settingsSavedAtTheVersionTheyWereShownAtAreStoredAndHoldTheNewVersionForTheNextSave();
    }

    @Test
    void settingsSavedWithoutAFormRaiseTheVersionSoAFormCannotOverwriteThem() {
        editors.settingsSavedWithoutAFormRaiseTheVersionSoAFormCannotOverwriteThem();
    }

    @Test
    void aReturnTakenInBySomeoneElseSinceItWasReadIsRefusedWholeAndKeepsTheirIntake() {
        editors.aReturnTakenInBySomeoneElseSinceItWasReadIsRefusedWholeAndKeepsTheirIntake();
    }

    @Test
    void aReturnReadAfterAnotherIntakeIsTakenInAtItsNewVersion() {
        editors.aReturnReadAfterAnotherIntakeIsTakenInAtItsNewVersion();
    }

    @Test
    void aChaserWrittenSinceTheReturnWasReadRaisesItsVersion() {
        editors.aChaserWrittenSinceTheReturnWasReadRaisesItsVersion();
    }
}
