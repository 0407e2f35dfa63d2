package uk.dln.secretariat.persistence.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Two people editing the same people, roles, declarations and self-assessment of one workspace, each from what they
 * read earlier: the same checks for a file and for a server (decision 0038, "Versions").
 */
final class DirectoryEditors {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private final WorkspaceData data;
    private final Organisation dsit;
    private final Leader priya;
    private final Membership term;
    private final Declaration declaration;
    private final SelfAssessmentRound spring;
    private final long approachId;

    DirectoryEditors(WorkspaceData data) {
        this.data = data;
        dsit = data.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        priya = data.leaders().save(Leader.create("Priya Shah"));
        term = data.memberships().save(new Membership(0, priya.id(), dsit.id(), NetworkRole.DIGITAL_LEADER, JAN_1,
                null));
        declaration = data.declarations().save(new Declaration(0, priya.id(), "Adviser to a charity", JAN_1, true));
        spring = data.selfAssessment().open(SelfAssessmentRound.open("Spring 2027", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 1)));
        approachId = data.selfAssessment().approaches().get(0).id();
    }

    private Leader leaderNow() {
        return data.leaders().find(priya.id()).orElseThrow();
    }

    private Membership termNow() {
        return data.memberships().forLeader(priya.id()).get(0).membership();
    }

    private Declaration declarationNow() {
        return data.declarations().forLeader(priya.id()).get(0);
    }

    private static Leader titled(Leader shown, String jobTitle) {
        return new Leader(shown.id(), shown.name(), jobTitle, shown.grade(), shown.boardMember(), shown.email(),
                shown.phone(), shown.version());
    }

    void aLeaderSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndAFreshOneIsStored() {
        Leader shown = leaderNow();
        Leader theirs = data.leaders().save(titled(shown, "Chief Digital Officer"));

        var refused = assertThrows(SecretariatException.class,
                () -> data.leaders().save(titled(shown, "Director General")));
        Leader mine = data.leaders().save(titled(theirs, "Director General"));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("job_title", refused.arguments().get(2));
        assertEquals(leaderNow(), mine);
        assertEquals("Director General", mine.jobTitle());
    }

    void aLeaderSaveThatChangesNothingClaimsNothing() {
        Leader shown = leaderNow();
        data.leaders().save(shown);

        assertEquals(shown.version(), leaderNow().version());
    }

    void aMembershipSaveOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs() {
        Membership shown = termNow();
        data.memberships().save(shown.endingOn(LocalDate.of(2026, 6, 30)));

        var refused = assertThrows(SecretariatException.class,
                () -> data.memberships().save(shown.endingOn(LocalDate.of(2026, 9, 30))));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("valid_to", refused.arguments().get(2));
        assertEquals(LocalDate.of(2026, 6, 30), termNow().validTo());
    }

    void aDeclarationSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        Declaration shown = declarationNow();
        Declaration theirs = data.declarations().save(new Declaration(shown.id(), shown.leaderId(),
                shown.interest(), shown.declaredOn(), false, shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> data.declarations().save(new Declaration(
                shown.id(), shown.leaderId(), "Trustee of a charity", shown.declaredOn(), true, shown.version())));
        Declaration mine = data.declarations().save(new Declaration(theirs.id(), theirs.leaderId(),
                "Trustee of a charity", theirs.declaredOn(), false, theirs.version()));

        assertEquals("current", refused.arguments().get(2));
        assertEquals(declarationNow(), mine);
    }

    void deletingALeaderSomeoneElseChangedSinceIsRefusedAndKeepsThem() {
        Leader shown = leaderNow();
        data.leaders().save(titled(shown, "Chief Digital Officer"));

        var refused = assertThrows(SecretariatException.class,
                () -> data.leaders().delete(shown.id(), shown.version()));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertTrue(data.leaders().find(shown.id()).isPresent());
    }

    void deletingALeaderAtTheVersionShownDeletesThem() {
        Leader shown = leaderNow();

        data.leaders().delete(shown.id(), shown.version());

        assertTrue(data.leaders().find(shown.id()).isEmpty());
    }

    void deletingAMembershipSomeoneElseChangedSinceIsRefusedAndKeepsIt() {
        Membership shown = termNow();
        data.memberships().save(shown.endingOn(LocalDate.of(2026, 6, 30)));

        assertThrows(SecretariatException.class, () -> data.memberships().delete(shown.id(), shown.version()));

        assertEquals(1, data.memberships().forLeader(priya.id()).size());
    }

    void deletingAnOrganisationSomeoneElseChangedSinceIsRefusedAndKeepsIt() {
        var spare = data.organisations().save(Organisation.create("Office for Spares", "OFS",
                OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        data.organisations().save(new Organisation(spare.id(), spare.name(), spare.shortName(), spare.kind(), null,
                true, "their notes", spare.version()));

        var refused = assertThrows(SecretariatException.class,
                () -> data.organisations().delete(spare.id(), spare.version()));

        assertEquals("notes", refused.arguments().get(2));
        assertTrue(data.organisations().find(spare.id()).isPresent());
    }

    void closingARoundSomeoneElseClosedAndReopenedSinceIsRefused() {
        SelfAssessmentRound shown = data.selfAssessment().rounds().get(0);
        data.selfAssessment().setClosed(shown, true);
        data.selfAssessment().setClosed(data.selfAssessment().rounds().get(0), false);

        var refused = assertThrows(SecretariatException.class, () -> data.selfAssessment().setClosed(shown, true));

        assertEquals("closed", refused.arguments().get(2));
        assertEquals(false, data.selfAssessment().rounds().get(0).closed());
    }

    void aRatingOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        data.selfAssessment().rate(ApproachRating.of(spring.id(), dsit.id(), approachId, MaturityLevel.DEVELOPING,
                "Draft strategy"));
        ApproachRating shown = data.selfAssessment().ratings(spring.id()).get(0);
        data.selfAssessment().rate(new ApproachRating(spring.id(), dsit.id(), approachId, MaturityLevel.ESTABLISHED,
                "", "Strategy agreed", "", "", null, shown.id(), shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> data.selfAssessment().rate(
                new ApproachRating(spring.id(), dsit.id(), approachId, MaturityLevel.EMBEDDED, "", "Mine", "", "",
                        null, shown.id(), shown.version())));
        ApproachRating theirs = data.selfAssessment().ratings(spring.id()).get(0);
        data.selfAssessment().rate(new ApproachRating(spring.id(), dsit.id(), approachId, MaturityLevel.EMBEDDED,
                "", "Mine", "", "", null, theirs.id(), theirs.version()));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertTrue(String.valueOf(refused.arguments().get(2)).contains("maturity"));
        assertEquals(MaturityLevel.EMBEDDED, data.selfAssessment().ratings(spring.id()).get(0).level());
    }

    void aFirstRatingOverOneSomeoneElseMadeSinceIsRefused() {
        data.selfAssessment().rate(ApproachRating.of(spring.id(), dsit.id(), approachId, MaturityLevel.DEVELOPING,
                "Theirs"));

        // Shown as not rated yet (version 0) before their rating was stored.
        assertThrows(SecretariatException.class, () -> data.selfAssessment().rate(ApproachRating.of(spring.id(),
                dsit.id(), approachId, MaturityLevel.EMBEDDED, "Mine")));

        assertEquals("Theirs", data.selfAssessment().ratings(spring.id()).get(0).evidence());
    }

    void aRoleCheckItemOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs() {
        data.roleChecks().record(new RoleCheckItem(dsit.id(), RoleExpectation.STRATEGY_AGREED, null, "Not yet"));
        RoleCheckItem shown = roleItemNow();
        data.roleChecks().record(new RoleCheckItem(dsit.id(), RoleExpectation.STRATEGY_AGREED, JAN_1,
                "Signed off", shown.id(), shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> data.roleChecks().record(new RoleCheckItem(
                dsit.id(), RoleExpectation.STRATEGY_AGREED, null, "Still not", shown.id(), shown.version())));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("Signed off", roleItemNow().evidence());
    }

    private RoleCheckItem roleItemNow() {
        return data.roleChecks().checks().stream().filter(c -> c.organisation().id() == dsit.id()).findFirst()
                .orElseThrow().items().stream().filter(i -> i.expectation() == RoleExpectation.STRATEGY_AGREED)
                .findFirst().orElseThrow();
    }
}
