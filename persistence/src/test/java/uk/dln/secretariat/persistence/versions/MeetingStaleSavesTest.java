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

/** Nothing of a meeting silently overwritten on a workspace file; ServerMeetingStaleSavesTest does the same on a server. */
class MeetingStaleSavesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;
    private TwoSecretaries secretaries;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK);
        secretaries = new TwoSecretaries(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void meetingDetailsSavedOverSomeoneElsesNewerOnesAreRefusedNamingWhatTheyChangedAndKeepTheirs() {
        secretaries.meetingDetailsSavedOverSomeoneElsesNewerOnesAreRefusedNamingWhatTheyChangedAndKeepTheirs();
    }

    @Test
    void meetingDetailsSavedAtTheVersionShownAreStoredAndHoldTheNewVersionForTheNextSave() {
        secretaries.meetingDetailsSavedAtTheVersionShownAreStoredAndHoldTheNewVersionForTheNextSave();
    }

    @Test
    void meetingDetailsSavedUnchangedClaimNothing() {
        secretaries.meetingDetailsSavedUnchangedClaimNothing();
    }

    @Test
    void aStatusChangeAfterSomeoneElseChangedTheMeetingIsRefusedAndLeavesItsStatus() {
        secretaries.aStatusChangeAfterSomeoneElseChangedTheMeetingIsRefusedAndLeavesItsStatus();
    }

    @Test
    void aMeetingSomeoneElseChangedSinceItWasShownIsNotDeleted() {
        secretaries.aMeetingSomeoneElseChangedSinceItWasShownIsNotDeleted();
    }

    @Test
    void anAgendaItemSavedOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        secretaries.anAgendaItemSavedOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored();
    }

    @Test
    void anAgendaItemSomeoneElseChangedIsNeitherMovedNorDeleted() {
        secretaries.anAgendaItemSomeoneElseChangedIsNeitherMovedNorDeleted();
    }

    @Test
    void movingAnItemRaisesTheVersionOfEveryItemWhosePlaceChanged() {
        secretaries.movingAnItemRaisesTheVersionOfEveryItemWhosePlaceChanged();
    }

    @Test
    void attendanceSavedOverSomeoneElsesIsRefusedNamingWhoAndKeepsTheirs() {
        secretaries.attendanceSavedOverSomeoneElsesIsRefusedNamingWhoAndKeepsTheirs();
    }

    @Test
    void attendanceSavedOverLinesSomeoneElseRemovedIsRefusedAndAFreshSaveIsStored() {
        secretaries.attendanceSavedOverLinesSomeoneElseRemovedIsRefusedAndAFreshSaveIsStored();
    }

    @Test
    void attendanceSavedUnchangedClaimsNothing() {
        secretaries.attendanceSavedUnchangedClaimsNothing();
    }

    @Test
    void minutesSavedOverSomeoneElsesNewerOnesAreRefusedAndKeepTheirs() {
        secretaries.minutesSavedOverSomeoneElsesNewerOnesAreRefusedAndKeepTheirs();
    }

    @Test
    void minutesOfDifferentItemsSavedByTwoPeopleAreBothKept() {
        secretaries.minutesOfDifferentItemsSavedByTwoPeopleAreBothKept();
    }
}
