package uk.dln.secretariat.model.returns;

import java.time.LocalDate;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;

/**
 * A milestone in the current period as a return carries it: the forecast, actual date, status and confidence are
 * the department's to change, with a reason for a moved forecast.
 */
public record MilestoneLine(long id, String version, String title, LocalDate baselineDate, LocalDate forecastDate,
                            LocalDate actualDate, MilestoneStatus status, DeliveryConfidence confidence,
                            String reason) {

    public MilestoneLine {
        reason = reason == null ? "" : reason.strip();
    }
}
