package uk.dln.secretariat.persistence.roadmaps;

import java.time.LocalDate;
import java.util.Set;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.persistence.Workspace;

/** A workspace with an organisation and its SR2025 roadmap, for the roadmap repository tests. */
final class RoadmapTestData {

    final Workspace workspace;
    final SpendingReviewPeriod sr2025;
    final Roadmap roadmap;

    RoadmapTestData(Workspace workspace, String shortName) {
        this.workspace = workspace;
        var organisation = workspace.organisations().save(Organisation.create("Department of " + shortName,
                shortName, OrganisationKind.MINISTERIAL_DEPARTMENT));
        sr2025 = workspace.roadmaps().periods().findAll().stream().filter(p -> p.code().equals("SR2025"))
                .findFirst().orElseThrow();
        roadmap = workspace.roadmaps().roadmaps().save(new Roadmap(0, organisation.id(), sr2025.id(),
                shortName + " digital strategy", "", "", null));
    }

    Milestone milestone(String title, LocalDate baseline, LocalDate forecast, Long... dependsOn) {
        return workspace.roadmaps().milestones().save(new Milestone(0, roadmap.id(), title, "", "Jo Bloggs",
                baseline, forecast, null, MilestoneStatus.IN_PROGRESS, DeliveryConfidence.GREEN, Set.of(dependsOn)));
    }
}
