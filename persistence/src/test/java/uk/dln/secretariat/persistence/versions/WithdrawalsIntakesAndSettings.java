package uk.dln.secretariat.persistence.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.model.returns.ReturnChanges;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.settings.StoredSettings;

/**
 * Two people withdrawing an action, saving the network settings and taking in the same departmental return, each from
 * what they read earlier: the same checks for a file and for a server (decisions 0038 and 0052).
 */
final class WithdrawalsIntakesAndSettings {

    private static final String RETURN_ID = "0123456789abcdef0123456789abcdef";

    private final WorkspaceData data;
    private final Action action;
    private final IssuedReturn issued;

    WithdrawalsIntakesAndSettings(WorkspaceData data) {
        this.data = data;
        var dwp = data.organisations().save(Organisation.create("Department for Work and Pensions", "DWP",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = data.leaders().save(Leader.create("Sam Okafor"));
        var october = data.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        action = data.actions().raise(Action.raise("Share the data strategy", owner.id(), dwp.id(), october.id(),
                null, october.date(), LocalDate.of(2026, 12, 3)));
        issued = data.returns().issue(new IssuedReturn(RETURN_ID, dwp.id(), "DWP",
                LocalDateTime.of(2026, 11, 5, 9, 0), "Sam Okafor", LocalDate.of(2026, 11, 19), "DWP return.xlsx",
                null, null, null));
    }

    private Action shown() {
        return data.actions().find(action.id()).orElseThrow();
    }

    void aWithdrawalOfAnActionSomeoneElseCorrectedSinceIsRefusedAndKeepsItInTheLog() {
        Action mine = shown();
        Action theirs = shown();
        data.actions().correct(theirs.id(), theirs.version(), new ActionCorrection("Share the data strategy widely",
                theirs.ownerId(), theirs.organisationId(), theirs.dueOn(), ""));

        var refused = assertThrows(SecretariatException.class,
                () -> data.actions().withdraw(mine.id(), mine.version(), "raised in error"));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("description", refused.arguments().get(2));
        assertEquals(1, data.actions().log().size());
    }

    void aWithdrawalAtTheVersionShownTakesTheActionOutOfTheLog() {
        Action mine = shown();

        data.actions().withdraw(mine.id(), mine.version(), "raised in error");

        assertEquals(0, data.actions().log().size());
    }

    void settingsSavedOverSomeoneElsesNewerOnesAreRefusedNamingTheSettingsTheyChangedAndKeepTheirs() {
        StoredSettings mine = data.settings().loadStored();
        StoredSettings theirs = data.settings().loadStored();
        data.settings().save(theirs.edited(theirs.settings(), 25, theirs.papersDeadlineDays(),
                DocumentLanguage.WELSH));

        var refused = assertThrows(SecretariatException.class, () -> data.settings().save(mine.edited(
                mine.settings().withClosingUpdateRequired(true), 10, mine.papersDeadlineDays(),
                mine.documentLanguage())));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("documentLanguage, exceptionsLimit", refused.arguments().get(2));
        StoredSettings now = data.settings().loadStored();
        assertEquals(25, now.exceptionsLimit());
        assertEquals(DocumentLanguage.WELSH, now.documentLanguage());
        assertEquals(false, now.settings().closingUpdateRequired());
    }

    void settingsSavedAtTheVersionTheyWereShownAtAreStoredAndHoldTheNewVersionForTheNextSave() {
        StoredSettings mine = data.settings().loadStored();

        StoredSettings saved = data.settings().save(mine.edited(mine.settings(), 25, 3, mine.documentLanguage()));
        StoredSettings again = data.settings().save(saved.edited(saved.settings().withClosingUpdateRequired(true),
                30, 3, DocumentLanguage.WELSH));

        assertEquals(data.settings().loadStored(), again);
        assertTrue(again.version() > saved.version() && saved.version() > mine.version());
        assertEquals(30, again.exceptionsLimit());
    }

    void settingsSavedWithoutAFormRaiseTheVersionSoAFormCannotOverwriteThem() {
        StoredSettings mine = data.settings().loadStored();
        data.settings().saveExceptionsLimit(40);

        assertThrows(SecretariatException.class, () -> data.settings().save(mine.edited(mine.settings(), 10,
                mine.papersDeadlineDays(), mine.documentLanguage())));
        assertEquals(40, data.settings().exceptionsLimit());
    }

    void aReturnTakenInBySomeoneElseSinceItWasReadIsRefusedWholeAndKeepsTheirIntake() {
        IssuedReturn mine = data.returns().find(issued.id()).orElseThrow();
        IssuedReturn theirs = data.returns().find(issued.id()).orElseThrow();
        data.returns().takeIn(new ReturnChanges(theirs.id(), theirs.version(), "from the DWP return",
                List.of(new ReturnChanges.ActionChange(action.id(), ActionStatus.IN_PROGRESS, "")), List.of(),
                List.of(), List.of()));

        var refused = assertThrows(SecretariatException.class, () -> data.returns().takeIn(new ReturnChanges(
                mine.id(), mine.version(), "from the DWP return",
                List.of(new ReturnChanges.ActionChange(action.id(), ActionStatus.PROPOSED_FOR_CLOSURE, "done")),
                List.of(), List.of(), List.of())));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertTrue(String.valueOf(refused.arguments().get(2)).contains("taken_in_at"));
        assertEquals(ActionStatus.IN_PROGRESS, shown().status());
        assertTrue(data.actions().updates(action.id()).isEmpty());
    }

    void aReturnReadAfterAnotherIntakeIsTakenInAtItsNewVersion() {
        IssuedReturn first = data.returns().find(issued.id()).orElseThrow();
        assertNull(first.takenInAt());
        data.returns().takeIn(new ReturnChanges(first.id(), first.version(), "from the DWP return",
                List.of(new ReturnChanges.ActionChange(action.id(), ActionStatus.IN_PROGRESS, "")), List.of(),
                List.of(), List.of()));
        IssuedReturn second = data.returns().find(issued.id()).orElseThrow();

        data.returns().takeIn(new ReturnChanges(second.id(), second.version(), "from the DWP return",
                List.of(new ReturnChanges.ActionChange(action.id(), ActionStatus.PROPOSED_FOR_CLOSURE, "done")),
                List.of(), List.of(), List.of()));

        assertNotNull(data.returns().find(issued.id()).orElseThrow().takenInAt());
        assertTrue(data.returns().find(issued.id()).orElseThrow().version() > second.version());
        assertEquals(ActionStatus.PROPOSED_FOR_CLOSURE, shown().status());
    }

    void aChaserWrittenSinceTheReturnWasReadRaisesItsVersion() {
        IssuedReturn read = data.returns().find(issued.id()).orElseThrow();

        data.returns().markChased(issued.id());

        assertTrue(data.returns().find(issued.id()).orElseThrow().version() > read.version());
    }
}
