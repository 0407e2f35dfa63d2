package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.Validator;

/**
 * A dated step on a roadmap. The baseline date is what was agreed, the forecast what is now expected, the actual
 * when it happened; slippage is derived from them, never stored.
 *
 * @param id        0 until stored
 * @param owner     a name, often an official outside the network
 * @param dependsOn ids of milestones that must be met first
 * @param version   the stored version it was read at (decision 0038): a save claims it, so it cannot pass over
 *                  someone else's newer change; 0 for a new milestone
 */
public record Milestone(long id, long roadmapId, String title, String description, String owner,
                        LocalDate baselineDate, LocalDate forecastDate, LocalDate actualDate, MilestoneStatus status,
                        DeliveryConfidence confidence, Set<Long> dependsOn, long version) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int OWNER_MAX = 120;

    public Milestone {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        owner = owner == null ? "" : owner.strip();
        dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
        new Validator()
                .required("title", title)
                .maxLength("title", title, TITLE_MAX)
                .maxLength("description", description, DESCRIPTION_MAX)
                .maxLength("owner", owner, OWNER_MAX)
                .check(baselineDate != null, "baselineDate", "validation.required")
                .check(forecastDate != null, "forecastDate", "validation.required")
                .check(status != null, "status", "validation.required")
                .check(confidence != null, "confidence", "validation.required")
                .check(status != MilestoneStatus.COMPLETE || actualDate != null, "actualDate",
                        "roadmaps.error.completeNeedsActual")
                .check(id == 0 || !dependsOn.contains(id), "dependsOn", "roadmaps.error.dependsOnItself")
                .throwIfInvalid();
    }

    /** A milestone not read from a workspace, so at the version a new record starts at. */
    public Milestone(long id, long roadmapId, String title, String description, String owner,
                     LocalDate baselineDate, LocalDate forecastDate, LocalDate actualDate, MilestoneStatus status,
                     DeliveryConfidence confidence, Set<Long> dependsOn) {
        this(id, roadmapId, title, description, owner, baselineDate, forecastDate, actualDate, status, confidence,
                dependsOn, 0);
    }

    public Milestone withId(long newId) {
        return new Milestone(newId, roadmapId, title, description, owner, baselineDate, forecastDate, actualDate,
                status, confidence, dependsOn, version);
    }

    public Milestone withForecast(LocalDate newForecast, DeliveryConfidence newConfidence) {
        return new Milestone(id, roadmapId, title, description, owner, baselineDate, newForecast, actualDate, status,
                newConfidence, dependsOn, version);
    }

    /** The same milestone as stored at a newer version, after a save. */
    public Milestone atVersion(long newVersion) {
        return new Milestone(id, roadmapId, title, description, owner, baselineDate, forecastDate, actualDate, status,
                confidence, dependsOn, newVersion);
    }

    public boolean isStored() {
        return id != 0;
    }

    /**
     * Days late against the baseline: the actual date once met, otherwise the forecast. Negative when early.
     */
    public long slippageDays() {
        LocalDate expected = actualDate != null ? actualDate : forecastDate;
        return ChronoUnit.DAYS.between(baselineDate, expected);
    }

    /** Whether it has slipped by more than the threshold and is still to be delivered. */
    public boolean slippedBeyond(int thresholdDays) {
        return status.isOpen() && slippageDays() > thresholdDays;
    }

    /** Dates a roadmap cannot hold: a baseline or forecast before its period starts. */
    public List<Problem> problemsWithin(SpendingReviewPeriod period) {
        return new Validator()
                .check(!baselineDate.isBefore(period.start()), "baselineDate", "roadmaps.error.beforePeriod",
                        period.code(), period.start())
                .check(!forecastDate.isBefore(period.start()), "forecastDate", "roadmaps.error.beforePeriod",
                        period.code(), period.start())
                .problems();
    }
}
