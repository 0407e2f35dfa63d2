package uk.dln.secretariat.persistence.versions;

import org.junit.jupiter.api.Test;

/**
 * The checks that nothing of withdrawals, returns taken in and network settings is silently overwritten, once for
 * both kinds of workspace: StaleWithdrawalsIntakesAndSettingsTest runs them on a file,
 * ServerStaleWithdrawalsIntakesAndSettingsTest on a real server, each opening its workspace and giving the checks
 * their editors.
 */
abstract class StaleWithdrawalsIntakesAndSettings {

    /** Set by each subclass's set-up, over the workspace it opens. */
    protected WithdrawalsIntakesAndSettings editors;

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
