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

/** Nothing of a roadmap silently overwritten on a workspace file; ServerRoadmapStaleSavesTest does the same on a server. */
class RoadmapStaleSavesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;
    private RoadmapEditors editors;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK);
        editors = new RoadmapEditors(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

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
