package uk.dln.secretariat.app.core.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import uk.dln.secretariat.app.core.export.PackGatherer;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Two issued packs for the demonstration, for the two latest meetings held, with the roadmaps moving between them
 * and after the second, so that the next pack's "At a glance" shows real movement: overall confidence judged up
 * and down, milestones turning red and slipping, risks growing. Skipped when the workspace has issued packs.
 */
final class DemoIssuedPacks {

    private static final String[] REASONS_UP = {
        "Funding for the next two years is agreed and the team is fully staffed.",
        "The supplier has delivered the first release on time.",
    };
    private static final String[] REASONS_DOWN = {
        "The replacement contract is late, so the switch-off date is at risk.",
        "Two senior data engineers have left and are not yet replaced.",
    };

    private final WorkspaceData workspace;
    private final LocalDate today;

    DemoIssuedPacks(WorkspaceData workspace, LocalDate today) {
        this.workspace = workspace;
        this.today = today;
    }

    /** @return how many packs were recorded as issued */
    int fill() {
        if (!workspace.roadmaps().issuedPacks().findAll().isEmpty()) {
            return 0;
        }
        List<Meeting> held = workspace.meetings().findAll().stream().filter(m -> m.date().isBefore(today))
                .sorted(Comparator.comparing(Meeting::date)).toList();
        if (held.size() < 2 || PackGatherer.period(workspace, today).isEmpty()) {
            return 0;
        }
        Meeting first = held.get(held.size() - 2);
        Meeting second = held.get(held.size() - 1);
        long periodId = PackGatherer.period(workspace, today).get().id();

        judge(periodId, first.date().minusDays(7), 0);
        issue(first);
        move(periodId, second.date().minusDays(5), 1);
        issue(second);
        move(periodId, today.minusDays(3), 2);
        return 2;
    }

    private void issue(Meeting meeting) {
        var request = PackGatherer.gather(workspace, meeting, meeting.date(), EnumSet.allOf(PackSection.class),
                meeting.date());
        workspace.roadmaps().issuedPacks().record(IssuedPack.of(request));
    }

    /** A first judgement for every roadmap: Green, Amber or Red in turn, each with its reason. */
    private void judge(long periodId, LocalDate on, int round) {
        int index = 0;
        for (OrganisationRoadmap roadmap : workspace.roadmaps().overview(periodId)) {
            DeliveryConfidence confidence = switch ((index + round) % 4) {
                case 0, 1 -> DeliveryConfidence.AMBER;
                case 2 -> DeliveryConfidence.GREEN;
                default -> DeliveryConfidence.RED;
            };
            String reason = confidence == DeliveryConfidence.RED ? REASONS_DOWN[index % 2]
                    : confidence == DeliveryConfidence.GREEN ? REASONS_UP[index % 2]
                    : "Delivery is feasible; the milestones slipped so far need management attention.";
            record(roadmap, confidence, reason, on);
            index++;
        }
    }

    /**
     * Between packs some roadmaps move: every seventh (offset by the round) is judged up or down, has a milestone
     * turn red or slip a further five weeks, and a risk grow more likely.
     */
    private void move(long periodId, LocalDate on, int round) {
        int index = 0;
        for (OrganisationRoadmap roadmap : workspace.roadmaps().overview(periodId)) {
            int turn = (index + round * 2) % 7;
            var open = roadmap.milestones().stream().filter(m -> m.status().isOpen())
                    .sorted(Comparator.comparing(Milestone::forecastDate)).toList();
            if (turn == 0 && !open.isEmpty()) {
                record(roadmap, DeliveryConfidence.RED, REASONS_DOWN[(index + round) % 2], on);
                Milestone late = open.get(0);
                workspace.roadmaps().milestones().save(late.withForecast(late.forecastDate().plusDays(35),
                        DeliveryConfidence.RED));
            } else if (turn == 1) {
                record(roadmap, DeliveryConfidence.GREEN, REASONS_UP[(index + round) % 2], on);
            } else if (turn == 2 && open.size() > 1) {
                Milestone later = open.get(1);
                workspace.roadmaps().milestones().save(later.withForecast(later.forecastDate().plusDays(45),
                        DeliveryConfidence.AMBER));
                roadmap.risks().stream().filter(r -> r.status() == RiskStatus.OPEN && r.likelihood() < 5)
                        .findFirst().ifPresent(this::moreLikely);
            }
            index++;
        }
    }

    private void moreLikely(Risk risk) {
        workspace.roadmaps().risks().save(new Risk(risk.id(), risk.roadmapId(), risk.title(), risk.description(),
                risk.owner(), Math.min(5, risk.likelihood() + 2), Math.max(4, risk.impact()), risk.mitigation(),
                risk.status(), risk.reviewDate(), risk.milestoneIds(), risk.version()));
    }

    private void record(OrganisationRoadmap roadmap, DeliveryConfidence confidence, String reason, LocalDate on) {
        workspace.roadmaps().overallConfidence().record(new OverallConfidence(0, roadmap.roadmap().id(), confidence,
                reason, on));
    }
}
