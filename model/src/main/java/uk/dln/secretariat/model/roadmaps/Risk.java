package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import java.util.Set;
import uk.dln.secretariat.model.Validator;

/**
 * A risk to a roadmap, scored on a 5x5 matrix.
 *
 * @param id           0 until stored
 * @param likelihood   1 (rare) to 5 (almost certain)
 * @param impact       1 (minimal) to 5 (severe)
 * @param reviewDate   when it is next to be reviewed
 * @param milestoneIds milestones it threatens
 * @param version      the stored version it was read at (decision 0038): a save claims it; 0 for a new risk
 */
public record Risk(long id, long roadmapId, String title, String description, String owner, int likelihood,
                   int impact, String mitigation, RiskStatus status, LocalDate reviewDate, Set<Long> milestoneIds,
                   long version) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int OWNER_MAX = 120;

    public Risk {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        owner = owner == null ? "" : owner.strip();
        mitigation = mitigation == null ? "" : mitigation.strip();
        milestoneIds = milestoneIds == null ? Set.of() : Set.copyOf(milestoneIds);
        new Validator()
                .required("title", title)
                .maxLength("title", title, TITLE_MAX)
                .maxLength("description", description, TEXT_MAX)
                .maxLength("owner", owner, OWNER_MAX)
                .maxLength("mitigation", mitigation, TEXT_MAX)
                .check(likelihood >= 1 && likelihood <= 5, "likelihood", "roadmaps.error.scale", likelihood)
                .check(impact >= 1 && impact <= 5, "impact", "roadmaps.error.scale", impact)
                .check(status != null, "status", "validation.required")
                .check(reviewDate != null, "reviewDate", "validation.required")
                .throwIfInvalid();
    }

    /** A risk not read from a workspace, so at the version a new record starts at. */
    public Risk(long id, long roadmapId, String title, String description, String owner, int likelihood, int impact,
                String mitigation, RiskStatus status, LocalDate reviewDate, Set<Long> milestoneIds) {
        this(id, roadmapId, title, description, owner, likelihood, impact, mitigation, status, reviewDate,
                milestoneIds, 0);
    }

    public Risk withId(long newId) {
        return new Risk(newId, roadmapId, title, description, owner, likelihood, impact, mitigation, status,
                reviewDate, milestoneIds, version);
    }

    /** The same risk as stored at a newer version, after a save. */
    public Risk atVersion(long newVersion) {
        return new Risk(id, roadmapId, title, description, owner, likelihood, impact, mitigation, status,
                reviewDate, milestoneIds, newVersion);
    }

    public int score() {
        return likelihood * impact;
    }

    public RiskRating rating() {
        return RiskRating.of(score());
    }

    /** An open risk whose review date has passed. */
    public boolean reviewOverdue(LocalDate today) {
        return status == RiskStatus.OPEN && reviewDate.isBefore(today);
    }
}
