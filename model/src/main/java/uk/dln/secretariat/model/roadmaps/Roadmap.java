package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * An organisation's digital strategy and roadmap over one Spending Review period; one per organisation per period.
 *
 * @param id       0 until stored
 * @param link     where the published strategy lives; may be empty
 * @param agreedOn when the strategy was agreed; null while in draft
 * @param version  the stored version it was read at (decision 0038): a save claims it; 0 for a new roadmap
 */
public record Roadmap(long id, long organisationId, long periodId, String strategyTitle, String summary, String link,
                      LocalDate agreedOn, long version) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int LINK_MAX = 500;

    public Roadmap {
        strategyTitle = strategyTitle == null ? "" : strategyTitle.strip();
        summary = summary == null ? "" : summary.strip();
        link = link == null ? "" : link.strip();
        new Validator()
                .required("strategyTitle", strategyTitle)
                .maxLength("strategyTitle", strategyTitle, TITLE_MAX)
                .maxLength("summary", summary, SUMMARY_MAX)
                .maxLength("link", link, LINK_MAX)
                .check(link.isEmpty() || link.matches("(?i)https?://\\S+"), "link", "roadmaps.error.link", link)
                .throwIfInvalid();
    }

    /** A roadmap not read from a workspace, so at the version a new record starts at. */
    public Roadmap(long id, long organisationId, long periodId, String strategyTitle, String summary, String link,
                   LocalDate agreedOn) {
        this(id, organisationId, periodId, strategyTitle, summary, link, agreedOn, 0);
    }

    public Roadmap withId(long newId) {
        return new Roadmap(newId, organisationId, periodId, strategyTitle, summary, link, agreedOn, version);
    }

    /** The same roadmap as stored at a newer version, after a save. */
    public Roadmap atVersion(long newVersion) {
        return new Roadmap(id, organisationId, periodId, strategyTitle, summary, link, agreedOn, newVersion);
    }
}
