package uk.dln.secretariat.persistence.versions;

import org.junit.jupiter.api.Test;

/**
 * The checks that nothing of a meeting, its agenda and attendance is silently overwritten, once for both kinds of
 * workspace: MeetingStaleSavesTest runs them on a file, ServerMeetingStaleSavesTest on a real server, each opening
 * its workspace and giving the checks their editors.
 */
abstract class MeetingStaleSaves {

    /** Set by each subclass's set-up, over the workspace it opens. */
    protected TwoSecretaries secretaries;

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
