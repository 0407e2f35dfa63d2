package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One entry in a milestone's history: the forecast and confidence as they stood from {@code changedAt}. Together
 * the entries show how slippage grew or shrank over time.
 */
public record MilestoneChange(long milestoneId, LocalDateTime changedAt, LocalDate baselineDate,
                              LocalDate forecastDate, DeliveryConfidence confidence) {

    /** Slippage as it stood after this change. */
    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineDate, forecastDate);
    }
}
