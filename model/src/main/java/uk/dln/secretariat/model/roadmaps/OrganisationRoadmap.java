package uk.dln.secretariat.model.roadmaps;

import java.util.List;
import java.util.Optional;

/** One organisation's roadmap for a period with its milestones and risks: what the network view summarises. */
public record OrganisationRoadmap(String organisationName, Roadmap roadmap, List<Milestone> milestones,
                                  List<Risk> risks) {

    public OrganisationRoadmap {
        milestones = List.copyOf(milestones);
        risks = List.copyOf(risks);
    }

    /** The least confident assessment among open milestones; empty when none is open. */
    public Optional<DeliveryConfidence> overallConfidence() {
        return milestones.stream().filter(m -> m.status().isOpen()).map(Milestone::confidence)
                .reduce(DeliveryConfidence::worse);
    }

    public long countOpen(DeliveryConfidence confidence) {
        return milestones.stream().filter(m -> m.status().isOpen() && m.confidence() == confidence).count();
    }
}
