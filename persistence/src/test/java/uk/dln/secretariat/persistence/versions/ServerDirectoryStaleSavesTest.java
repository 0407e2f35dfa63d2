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

/**
 * Nothing in the directory or the self-assessment silently overwritten or deleted on a shared workspace: the checks
 * DirectoryStaleSavesTest makes on a file, on a real server.
 */
@ExtendWith(PostgresExtension.class)
class ServerDirectoryStaleSavesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    private ServerWorkspace workspace;
    private DirectoryEditors editors;

    @BeforeEach
    void setUp(TestDatabase database) {
        workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), CLOCK);
        editors = new DirectoryEditors(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void aLeaderSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndAFreshOneIsStored() {
        editors.aLeaderSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndAFreshOneIsStored();
    }

    @Test
    void aLeaderSaveThatChangesNothingClaimsNothing() {
        editors.aLeaderSaveThatChangesNothingClaimsNothing();
    }

    @Test
    void aMembershipSaveOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs() {
        editors.aMembershipSaveOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs();
    }

    @Test
    void aDeclarationSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        editors.aDeclarationSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored();
    }

    @Test
    void deletingALeaderSomeoneElseChangedSinceIsRefusedAndKeepsThem() {
        editors.deletingALeaderSomeoneElseChangedSinceIsRefusedAndKeepsThem();
    }

    @Test
    void deletingALeaderAtTheVersionShownDeletesThem() {
        editors.deletingALeaderAtTheVersionShownDeletesThem();
    }

    @Test
    void deletingAMembershipSomeoneElseChangedSinceIsRefusedAndKeepsIt() {
        editors.deletingAMembershipSomeoneElseChangedSinceIsRefusedAndKeepsIt();
    }

    @Test
    void deletingAnOrganisationSomeoneElseChangedSinceIsRefusedAndKeepsIt() {
        editors.deletingAnOrganisationSomeoneElseChangedSinceIsRefusedAndKeepsIt();
    }

    @Test
    void closingARoundSomeoneElseClosedAndReopenedSinceIsRefused() {
        editors.closingARoundSomeoneElseClosedAndReopenedSinceIsRefused();
    }

    @Test
    void aRatingOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        editors.aRatingOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored();
    }

    @Test
    void aFirstRatingOverOneSomeoneElseMadeSinceIsRefused() {
        editors.aFirstRatingOverOneSomeoneElseMadeSinceIsRefused();
    }

    @Test
    void aRoleCheckItemOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs() {
        editors.aRoleCheckItemOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs();
    }
}
