package uk.dln.secretariat.reports;

import java.util.EnumSet;
import java.util.Optional;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;

/** Trackers with every sheet: the roadmap pack (with one long milestone title) and the meeting's action log. */
public final class TrackerFixtures {

    public static final String LONG_TITLE = "Move every remaining case-working team onto the new platform, with "
            + "training, data migration, decommissioning of the old system and a review of the benefits after six months";

    private TrackerFixtures() {
    }

    /** The roadmap pack with one long milestone title, and the meeting with its action log: every sheet. */
    public static PackRequest everything(ConfidenceScale scale) {
        var roadmapPack = PackFixtures.request(EnumSet.allOf(PackSection.class), milestones -> {
            if (milestones.get(0).roadmapId() == 1) {
                milestones.add(PackFixtures.milestone(19, 1, LONG_TITLE, PackFixtures.DATE, PackFixtures.DATE,
                        DeliveryConfidence.AMBER_RED));
            }
        });
        RoadmapPackData d = roadmapPack.roadmaps().orElseThrow();
        MeetingPackData meeting = MeetingFixtures.request(0).meeting().orElseThrow();
        return new PackRequest(roadmapPack.networkName(), roadmapPack.title(), MeetingFixtures.DATE,
                roadmapPack.markings(), EnumSet.allOf(PackSection.class), Optional.of(new RoadmapPackData(d.period(),
                d.slippageThresholdDays(), d.roadmaps(), d.indicators(), scale)), Optional.of(meeting));
    }
}
