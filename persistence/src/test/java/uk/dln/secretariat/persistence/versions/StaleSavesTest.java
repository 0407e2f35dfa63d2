package uk.dln.secretariat.persistence.versions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.persistence.Workspace;

/** Nothing silently overwritten on a workspace file; ServerStaleSavesTest does the same on a server. */
class StaleSavesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;
    private TwoEditors editors;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK);
        editors = new TwoEditors(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void aCorrectionOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs() {
        editors.aCorrectionOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs();
    }

    @Test
    void aCorrectionAtTheVersionItWasShownAtIsSavedAndHoldsTheNewVersionForTheNextSave() {
        editors.aCorrectionAtTheVersionItWasShownAtIsSavedAndHoldsTheNewVersionForTheNextSave();
    }

    @Test
    void aStatusChangeForSeveralActionsIsRefusedWholeWhenOneChangedSinceTheyWereShown() {
        editors.aStatusChangeForSeveralActionsIsRefusedWholeWhenOneChangedSinceTheyWereShown();
    }

    @Test
    void aStatusChangeAtTheVersionsShownIsSavedAndRaisesEach() {
        editors.aStatusChangeAtTheVersionsShownIsSavedAndRaisesEach();
    }

    @Test
    void aMilestoneSaveOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs() {
        editors.aMilestoneSaveOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs();
    }

    @Test
    void aMilestoneSavedAtTheVersionItWasShownAtIsStoredAndHoldsTheNewVersionForTheNextSave() {
        editors.aMilestoneSavedAtTheVersionItWasShownAtIsStoredAndHoldsTheNewVersionForTheNextSave();
    }

    @Test
    void aRiskSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        editors.aRiskSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored();
    }

    @Test
    void anIndicatorSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        editors.anIndicatorSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored();
    }

    @Test
    void anOrganisationSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        editors.anOrganisationSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored();
    }
}
