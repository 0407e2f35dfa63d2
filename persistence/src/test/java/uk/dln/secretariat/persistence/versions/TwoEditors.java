package uk.dln.secretariat.persistence.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Two people editing the same actions and milestones of one workspace, each from what they read earlier: the same
 * checks for a file and for a server (decision 0038, "Versions").
 */
final class TwoEditors {

    static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    static final LocalDate JAN_28 = LocalDate.of(2027, 1, 28);

    private final WorkspaceData data;
    private final Action first;
    private final Action second;
    private final Milestone milestone;

    TwoEditors(WorkspaceData data) {
        this.data = data;
        var dsit = data.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = data.leaders().save(Leader.create("Priya Shah"));
        var october = data.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        first = data.actions().raise(Action.raise("Share guidance", owner.id(), dsit.id(), october.id(), null,
                october.date(), DEC_3));
        second = data.actions().raise(Action.raise("Publish the plan", owner.id(), dsit.id(), october.id(), null,
                october.date(), DEC_3));
        var sr2025 = data.roadmaps().periods().findAll().stream().filter(p -> p.code().equals("SR2025"))
                .findFirst().orElseThrow();
        var roadmap = data.roadmaps().roadmaps().save(new Roadmap(0, dsit.id(), sr2025.id(), "DSIT digital strategy",
                "", "", null));
        milestone = data.roadmaps().milestones().save(new Milestone(0, roadmap.id(), "Cloud first", "", "Jo Bloggs",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1), null, MilestoneStatus.IN_PROGRESS,
                DeliveryConfidence.GREEN, Set.of()));
    }

    private Action shown(Action action) {
        return data.actions().find(action.id()).orElseThrow();
    }

    private static ActionCorrection wording(Action action, String description) {
        return new ActionCorrection(description, action.ownerId(), action.organisationId(), action.dueOn(), "");
    }

    void aCorrectionOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs() {
        Action mine = shown(first);
        Action theirs = shown(first);
        data.actions().correct(theirs.id(), theirs.version(), wording(theirs, "Share the cloud guidance"));

        var refused = assertThrows(SecretariatException.class, () -> data.actions().correct(mine.id(),
                mine.version(), wording(mine, "Share guidance with agencies")));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("description", refused.arguments().get(2));
        assertEquals("Share the cloud guidance", shown(first).description());
    }

    void aCorrectionAtTheVersionItWasShownAtIsSavedAndHoldsTheNewVersionForTheNextSave() {
        Action mine = shown(first);

        Action corrected = data.actions().correct(mine.id(), mine.version(),
                new ActionCorrection("Share the cloud guidance", mine.ownerId(), mine.organisationId(), JAN_28,
                        "awaiting the spending review"));
        Action again = data.actions().correct(corrected.id(), corrected.version(),
                wording(corrected, "Share the cloud guidance widely"));

        assertEquals(shown(first).version(), again.version());
        assertTrue(again.version() > corrected.version() && corrected.version() > mine.version());
        assertEquals("Share the cloud guidance widely", shown(first).description());
    }

    void aStatusChangeForSeveralActionsIsRefusedWholeWhenOneChangedSinceTheyWereShown() {
        Map<Long, Long> shownAt = new LinkedHashMap<>();
        shownAt.put(first.id(), shown(first).version());
        shownAt.put(second.id(), shown(second).version());
        Action theirs = shown(second);
        data.actions().correct(theirs.id(), theirs.version(), wording(theirs, "Publish the plan online"));

        var refused = assertThrows(SecretariatException.class, () -> data.actions().changeStatuses(shownAt,
                ActionStatus.PROPOSED_FOR_CLOSURE, "done"));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals(ActionStatus.OPEN, shown(first).status());
        assertEquals(ActionStatus.OPEN, shown(second).status());
        assertEquals(0, data.actions().updates(first.id()).size());
    }

    void aStatusChangeAtTheVersionsShownIsSavedAndRaisesEach() {
        Map<Long, Long> shownAt = new LinkedHashMap<>();
        shownAt.put(first.id(), shown(first).version());
        shownAt.put(second.id(), shown(second).version());

        data.actions().changeStatuses(shownAt, ActionStatus.PROPOSED_FOR_CLOSURE, "done");

        assertEquals(ActionStatus.PROPOSED_FOR_CLOSURE, shown(first).status());
        assertTrue(shown(first).version() > shownAt.get(first.id()));
        assertTrue(shown(second).version() > shownAt.get(second.id()));
    }

    void aMilestoneSaveOverSomeoneElsesNewerOneIsRefusedAndKeepsTheirs() {
        Milestone mine = milestoneNow();
        Milestone theirs = milestoneNow();
        data.roadmaps().milestones().save(theirs.withForecast(LocalDate.of(2026, 10, 1), DeliveryConfidence.AMBER),
                "supplier late");

        var refused = assertThrows(SecretariatException.class, () -> data.roadmaps().milestones().save(
                mine.withForecast(LocalDate.of(2026, 8, 1), DeliveryConfidence.GREEN), ""));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertTrue(String.valueOf(refused.arguments().get(2)).contains("forecast_date"));
        assertEquals(LocalDate.of(2026, 10, 1), milestoneNow().forecastDate());
        assertEquals(2, data.roadmaps().milestones().history(milestone.id()).size());
    }

    void aMilestoneSavedAtTheVersionItWasShownAtIsStoredAndHoldsTheNewVersionForTheNextSave() {
        Milestone mine = milestoneNow();

        Milestone saved = data.roadmaps().milestones().save(mine.withForecast(LocalDate.of(2026, 10, 1),
                DeliveryConfidence.AMBER), "supplier late");
        Milestone again = data.roadmaps().milestones().save(saved.withForecast(LocalDate.of(2026, 11, 1),
                DeliveryConfidence.RED), "still late");

        assertEquals(milestoneNow().version(), again.version());
        assertTrue(again.version() > saved.version() && saved.version() > mine.version());
        assertEquals(LocalDate.of(2026, 11, 1), milestoneNow().forecastDate());
    }

    void aRiskSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        var risks = data.roadmaps().risks();
        Risk shown = risks.save(new Risk(0, milestone.roadmapId(), "Supplier fails", "", "CDO", 2, 3, "", RiskStatus.OPEN,
                DEC_3, Set.of()));
        Risk theirs = risks.save(new Risk(shown.id(), shown.roadmapId(), shown.title(), "", "CDO", 4, 3, "",
                RiskStatus.OPEN, DEC_3, Set.of(), shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> risks.save(new Risk(shown.id(),
                shown.roadmapId(), shown.title(), "", "CDO", 1, 3, "", RiskStatus.OPEN, DEC_3, Set.of(),
                shown.version())));
        Risk mine = risks.save(new Risk(theirs.id(), theirs.roadmapId(), theirs.title(), "", "CDO", 5, 3, "",
                RiskStatus.OPEN, DEC_3, Set.of(), theirs.version()));

        assertEquals("likelihood", refused.arguments().get(2));
        assertEquals(5, risks.findByRoadmap(milestone.roadmapId()).get(0).likelihood());
        assertEquals(risks.findByRoadmap(milestone.roadmapId()).get(0).version(), mine.version());
    }

    void anIndicatorSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        var indicators = data.roadmaps().indicators();
        Indicator shown = indicators.save(new Indicator(0, milestone.roadmapId(), "Share online", "%",
                IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(50), JAN_28));
        Indicator theirs = indicators.save(new Indicator(shown.id(), shown.roadmapId(), shown.name(), "%",
                IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(60), JAN_28, shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> indicators.save(new Indicator(shown.id(),
                shown.roadmapId(), shown.name(), "%", IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.TEN,
                BigDecimal.valueOf(70), JAN_28, shown.version())));
        Indicator mine = indicators.save(new Indicator(theirs.id(), theirs.roadmapId(), theirs.name(), "%",
                IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(80), JAN_28,
                theirs.version()));

        assertEquals("target", refused.arguments().get(2));
        assertEquals(0, BigDecimal.valueOf(80).compareTo(indicators.findByRoadmap(milestone.roadmapId()).get(0)
                .target()));
        assertEquals(indicators.findByRoadmap(milestone.roadmapId()).get(0).version(), mine.version());
    }

    void anOrganisationSaveOverSomeoneElsesNewerOneIsRefusedAndAFreshOneIsStored() {
        var organisations = data.organisations();
        Organisation shown = organisations.findAll().get(0);
        Organisation theirs = organisations.save(new Organisation(shown.id(), shown.name(), shown.shortName(),
                shown.kind(), null, true, "their notes", shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> organisations.save(new Organisation(shown.id(),
                shown.name(), shown.shortName(), shown.kind(), null, true, "my notes", shown.version())));
        Organisation mine = organisations.save(new Organisation(theirs.id(), theirs.name(), theirs.shortName(),
                theirs.kind(), null, true, "my notes", theirs.version()));

        assertEquals("notes", refused.arguments().get(2));
        assertEquals(organisations.find(shown.id()).orElseThrow(), mine);
        assertEquals("my notes", mine.notes());
    }

    private Milestone milestoneNow() {
        return data.roadmaps().milestones().findByRoadmap(milestone.roadmapId()).stream()
                .filter(m -> m.id() == milestone.id()).findFirst().orElseThrow();
    }
}
