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

/** Nothing silently overwritten on a shared workspace: the checks StaleSavesTest makes on a file, on a real server. */
@ExtendWith(PostgresExtension.class)
class ServerStaleSavesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    private ServerWorkspace workspace;
    private TwoEditors editors;

    @BeforeEach
    void setUp(TestDatabase database) {
        workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), CLOCK);
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
}
