package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One entry in a milestone's history: the forecast and confidence as they stood from {@code changedAt}, and why they
 * changed (empty when no reason was given). Together the entries show how slippage grew or shrank over time.
 */
public record MilestoneChange(long milestoneId, LocalDateTime changedAt, LocalDate baselineDate,
                              LocalDate forecastDate, DeliveryConfidence confidence, String reason) {

    public static final int REASON_MAX = 1000;

    public MilestoneChange {
        reason = reason == null ? "" : reason.strip();
    }

    /** Slippage as it stood after this change. */
    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineDate, forecastDate);
    }
}
