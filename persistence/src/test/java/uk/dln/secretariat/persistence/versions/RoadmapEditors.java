package uk.dln.secretariat.persistence.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Two people working on the same roadmap, each from what they read earlier: its record, its overall confidence and
 * the deletion of its milestones, indicators and risks. The same checks for a file and for a server (decision 0049).
 */
final class RoadmapEditors {

    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);

    private final WorkspaceData data;
    private final Roadmap roadmap;
    private final Milestone milestone;
    private final Indicator indicator;
    private final Risk risk;

    RoadmapEditors(WorkspaceData data) {
        this.data = data;
        var dsit = data.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var sr2025 = data.roadmaps().periods().findAll().stream().filter(p -> p.code().equals("SR2025"))
                .findFirst().orElseThrow();
        roadmap = data.roadmaps().roadmaps().save(new Roadmap(0, dsit.id(), sr2025.id(), "DSIT digital strategy",
                "", "", null));
        milestone = data.roadmaps().milestones().save(new Milestone(0, roadmap.id(), "Cloud first", "", "Jo Bloggs",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1), null, MilestoneStatus.IN_PROGRESS,
                DeliveryConfidence.GREEN, Set.of()));
        indicator = data.roadmaps().indicators().save(new Indicator(0, roadmap.id(), "Share online", "%",
                IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(50), DEC_3));
        risk = data.roadmaps().risks().save(new Risk(0, roadmap.id(), "Supplier fails", "", "CDO", 2, 3, "",
                RiskStatus.OPEN, DEC_3, Set.of()));
    }

    private Roadmap roadmapNow() {
        return data.roadmaps().roadmaps().find(roadmap.organisationId(), roadmap.periodId()).orElseThrow();
    }

    private static Roadmap titled(Roadmap shown, String title) {
        return new Roadmap(shown.id(), shown.organisationId(), shown.periodId(), title, shown.summary(), shown.link(),
                shown.agreedOn(), shown.version());
    }

    void aRoadmapSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs() {
        Roadmap mine = roadmapNow();
        Roadmap theirs = roadmapNow();
        data.roadmaps().roadmaps().save(titled(theirs, "DSIT digital and data strategy"));

        var refused = assertThrows(SecretariatException.class,
                () -> data.roadmaps().roadmaps().save(titled(mine, "DSIT cloud strategy")));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("strategy_title", refused.arguments().get(2));
        assertEquals("DSIT digital and data strategy", roadmapNow().strategyTitle());
    }

    void aRoadmapSavedAtTheVersionItWasShownAtHoldsTheNewVersionForTheNextSave() {
        Roadmap mine = roadmapNow();

        Roadmap saved = data.roadmaps().roadmaps().save(titled(mine, "DSIT digital and data strategy"));
        Roadmap again = data.roadmaps().roadmaps().save(titled(saved, "DSIT data strategy"));

        assertTrue(again.version() > saved.version() && saved.version() > mine.version());
        assertEquals(roadmapNow(), again);
    }

    void aRoadmapSavedUnchangedClaimsNothing() {
        Roadmap mine = roadmapNow();
        Roadmap theirs = roadmapNow();
        data.roadmaps().roadmaps().save(theirs);

        Roadmap saved = data.roadmaps().roadmaps().save(mine);

        assertEquals(mine.version(), saved.version());
        assertEquals(mine.version(), roadmapNow().version());
    }

    private OverallConfidence judged(DeliveryConfidence confidence, String why) {
        return new OverallConfidence(0, roadmap.id(), confidence, why, DEC_3);
    }

    private List<OverallConfidence> history() {
        return data.roadmaps().overallConfidence().history(roadmap.id());
    }

    void aFirstJudgementSetWhileSomeoneElseSetOneIsRefusedNamingThemAndKeepsTheirs() {
        var confidence = data.roadmaps().overallConfidence();
        confidence.record(judged(DeliveryConfidence.AMBER, "Supplier late"), null);

        var refused = assertThrows(SecretariatException.class,
                () -> confidence.record(judged(DeliveryConfidence.GREEN, "On track"), null));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertTrue(String.valueOf(refused.arguments().get(2)).contains("confidence"));
        assertEquals(1, history().size());
        assertEquals(DeliveryConfidence.AMBER, history().get(0).confidence());
    }

    void aJudgementOverOneThatNoLongerStandsIsRefusedAndOneOverTheStandingOneIsKept() {
        var confidence = data.roadmaps().overallConfidence();
        OverallConfidence first = confidence.record(judged(DeliveryConfidence.AMBER, "Supplier late"), null);
        OverallConfidence theirs = confidence.record(judged(DeliveryConfidence.RED, "Supplier gone"), first);

        var refused = assertThrows(SecretariatException.class,
                () -> confidence.record(judged(DeliveryConfidence.GREEN, "On track"), first));
        OverallConfidence mine = confidence.record(judged(DeliveryConfidence.AMBER, "New supplier found"),
                history().get(0));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals(List.of(mine.id(), theirs.id(), first.id()), history().stream().map(OverallConfidence::id)
                .toList());
        assertEquals("New supplier found", history().get(0).rationale());
    }

    void aJudgementForARoadmapWithNoneStandingIsKeptWhenNoneWasShown() {
        OverallConfidence set = data.roadmaps().overallConfidence().record(judged(DeliveryConfidence.GREEN,
                "On track"), null);

        assertEquals(List.of(set), history());
    }

    void deletingAMilestoneSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        var milestones = data.roadmaps().milestones();
        Milestone shown = milestones.findByRoadmap(roadmap.id()).get(0);
        milestones.save(shown.withForecast(LocalDate.of(2026, 10, 1), DeliveryConfidence.AMBER), "supplier late");

        var refused = assertThrows(SecretariatException.class, () -> milestones.delete(shown.id(), shown.version()));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals(1, milestones.findByRoadmap(roadmap.id()).size());
    }

    void deletingAMilestoneAtTheVersionShownRemovesIt() {
        var milestones = data.roadmaps().milestones();
        Milestone shown = milestones.findByRoadmap(roadmap.id()).get(0);

        milestones.delete(shown.id(), shown.version());

        assertEquals(List.of(), milestones.findByRoadmap(roadmap.id()));
    }

    void deletingAnIndicatorSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        var indicators = data.roadmaps().indicators();
        Indicator shown = indicators.findByRoadmap(roadmap.id()).get(0);
        indicators.save(new Indicator(shown.id(), shown.roadmapId(), shown.name(), "%",
                IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(60), DEC_3, shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> indicators.delete(shown.id(), shown.version()));

        assertEquals("target", refused.arguments().get(2));
        assertEquals(1, indicators.findByRoadmap(roadmap.id()).size());
    }

    void deletingARiskSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        var risks = data.roadmaps().risks();
        Risk shown = risks.findByRoadmap(roadmap.id()).get(0);
        risks.save(new Risk(shown.id(), shown.roadmapId(), shown.title(), "", "CDO", 4, 3, "", RiskStatus.OPEN,
                DEC_3, Set.of(), shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> risks.delete(shown.id(), shown.version()));

        assertEquals("likelihood", refused.arguments().get(2));
        assertEquals(1, risks.findByRoadmap(roadmap.id()).size());
    }

    void deletingARiskSomeoneElseDeletedSaysItHasGone() {
        var risks = data.roadmaps().risks();
        Risk shown = risks.findByRoadmap(roadmap.id()).get(0);
        risks.delete(shown.id(), shown.version());

        var refused = assertThrows(ValidationException.class, () -> risks.delete(shown.id(), shown.version()));

        assertEquals("record.error.gone", refused.problems().get(0).messageKey());
    }

    private SpendingReviewPeriod sr2029() {
        return data.roadmaps().periods().save(new SpendingReviewPeriod(0, "SR2029", new FinancialYear(2030),
                new FinancialYear(2032)));
    }

    private SpendingReviewPeriod periodNow(long id) {
        return data.roadmaps().periods().find(id).orElseThrow();
    }

    void aPeriodSaveOverSomeoneElsesNewerOneIsRefusedNamingWhatTheyChangedAndKeepsTheirs() {
        var periods = data.roadmaps().periods();
        SpendingReviewPeriod shown = sr2029();
        periods.save(new SpendingReviewPeriod(shown.id(), "SR2029", new FinancialYear(2030), new FinancialYear(2033)),
                shown);

        var refused = assertThrows(SecretariatException.class, () -> periods.save(new SpendingReviewPeriod(shown.id(),
                "SR29", new FinancialYear(2030), new FinancialYear(2032)), shown));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals("last_year", refused.arguments().get(2));
        assertEquals("SR2029", periodNow(shown.id()).code());
        assertEquals(new FinancialYear(2033), periodNow(shown.id()).lastYear());
    }

    void aPeriodSavedAsShownIsStoredAndSavedAgainFromWhatWasStored() {
        var periods = data.roadmaps().periods();
        SpendingReviewPeriod shown = sr2029();

        SpendingReviewPeriod saved = periods.save(new SpendingReviewPeriod(shown.id(), "SR29", new FinancialYear(2030),
                new FinancialYear(2032)), shown);
        periods.save(new SpendingReviewPeriod(shown.id(), "SR29", new FinancialYear(2030), new FinancialYear(2033)),
                saved);

        assertEquals(new SpendingReviewPeriod(shown.id(), "SR29", new FinancialYear(2030), new FinancialYear(2033)),
                periodNow(shown.id()));
    }

    void deletingAPeriodSomeoneElseChangedSinceItWasShownIsRefusedAndKeepsIt() {
        var periods = data.roadmaps().periods();
        SpendingReviewPeriod shown = sr2029();
        periods.save(new SpendingReviewPeriod(shown.id(), "SR29", new FinancialYear(2030), new FinancialYear(2032)),
                shown);

        var refused = assertThrows(SecretariatException.class, () -> periods.delete(shown));

        assertEquals("code", refused.arguments().get(2));
        assertEquals("SR29", periodNow(shown.id()).code());
    }

    void deletingAPeriodAsShownRemovesIt() {
        var periods = data.roadmaps().periods();
        SpendingReviewPeriod shown = sr2029();

        periods.delete(shown);

        assertTrue(periods.find(shown.id()).isEmpty());
    }
}
