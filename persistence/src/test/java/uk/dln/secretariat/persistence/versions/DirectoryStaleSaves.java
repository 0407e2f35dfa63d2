package uk.dln.secretariat.persistence.versions;

import org.junit.jupiter.api.Test;

/**
 * The checks that nothing of the directory and self-assessment is silently overwritten, once for both kinds of
 * workspace: DirectoryStaleSavesTest runs them on a file, ServerDirectoryStaleSavesTest on a real server, each
 * opening its workspace and giving the checks their editors.
 */
abstract class DirectoryStaleSaves {

    /** Set by each subclass's set-up, over the workspace it opens. */
    protected DirectoryEditors editors;

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
