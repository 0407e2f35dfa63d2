package uk.dln.secretariat.persistence.versions;

import org.junit.jupiter.api.Test;

/**
 * The checks that nothing of a roadmap is silently overwritten, once for both kinds of workspace:
 * RoadmapStaleSavesTest runs them on a file, ServerRoadmapStaleSavesTest on a real server, each opening its
 * workspace and giving the checks their editors.
 */
abstract class RoadmapStaleSaves {

    /** Set by each subclass's set-up, over the workspace it opens. */
    protected RoadmapEditors editors;

    @Test
    void aRoadmapSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs() {
        editors.aRoadmapSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs();
    }

    @Test
    void aRoadmapSavedAtTheVersionItWasShownAtHoldsTheNewVersionForTheNextSave() {
        editors.aRoadmapSavedAtTheVersionItWasShownAtHoldsTheNewVersionForTheNextSave();
    }

    @Test
    void aRoadmapSavedUnchangedClaimsNothing() {
        editors.aRoadmapSavedUnchangedClaimsNothing();
    }

    @Test
    void aFirstJudgementSetWhileSomeoneElseSetOneIsRefusedNamingThemAndKeepsTheirs() {
        editors.aFirstJudgementSetWhileSomeoneElseSetOneIsRefusedNamingThemAndKeepsTheirs();
    }

    @Test
    void aJudgementOverOneThatNoLongerStandsIsRefusedAndOneOverTheStandingOneIsKept() {
        editors.aJudgementOverOneThatNoLongerStandsIsRefusedAndOneOverTheStandingOneIsKept();
    }

    @Test
    void aJudgementForARoadmapWithNoneStandingIsKeptWhenNoneWasShown() {
        editors.aJudgementForARoadmapWithNoneStandingIsKeptWhenNoneWasShown();
    }

    @Test
    void deletingAMilestoneSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        editors.deletingAMilestoneSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt();
    }

    @Test
    void deletingAMilestoneAtTheVersionShownRemovesIt() {
        editors.deletingAMilestoneAtTheVersionShownRemovesIt();
    }

    @Test
    void deletingAnIndicatorSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        editors.deletingAnIndicatorSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt();
    }

    @Test
    void deletingARiskSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        editors.deletingARiskSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt();
    }

    @Test
    void deletingARiskSomeoneElseDeletedSaysItHasGone() {
        editors.deletingARiskSomeoneElseDeletedSaysItHasGone();
    }

    @Test
    void aPeriodSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs() {
        editors.aPeriodSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs();
    }

    @Test
    void aPeriodSavedAsShownIsStoredAndSavedAgainFromWhatWasStored() {
        editors.aPeriodSavedAsShownIsStoredAndSavedAgainFromWhatWasStored();
    }

    @Test
    void deletingAPeriodSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        editors.deletingAPeriodSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt();
    }

    @Test
    void deletingAPeriodAsShownRemovesIt() {
        editors.deletingAPeriodAsShownRemovesIt();
    }
}
