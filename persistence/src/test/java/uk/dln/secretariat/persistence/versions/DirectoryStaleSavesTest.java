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

/**
 * Nothing in the directory or the self-assessment silently overwritten or deleted on a workspace file;
 * ServerDirectoryStaleSavesTest does the same on a server.
 */
class DirectoryStaleSavesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;
    private DirectoryEditors editors;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK);
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
