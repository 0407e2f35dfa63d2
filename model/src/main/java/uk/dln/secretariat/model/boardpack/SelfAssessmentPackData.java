package uk.dln.secretariat.model.boardpack;

import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;
import uk.dln.secretariat.model.toolkit.RoleCheck;

/**
 * What the pack's self-assessment section and the trackers' ratings sheet are made from: the latest round's heat map
 * (with the previous round's ratings, for movement) and every member's role check.
 *
 * @param heatMap    the latest round opened by the pack's day; empty when no round has been opened yet
 * @param roleChecks the role check of every member organisation, whose gaps the section lists
 */
public record SelfAssessmentPackData(Optional<NetworkHeatMap> heatMap, List<RoleCheck> roleChecks) {

    public SelfAssessmentPackData {
        roleChecks = List.copyOf(roleChecks);
    }
}
