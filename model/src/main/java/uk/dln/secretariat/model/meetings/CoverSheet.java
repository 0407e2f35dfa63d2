package uk.dln.secretariat.model.meetings;

import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

/**
 * What the front page of a paper says besides its title and reference: who wrote and sponsors it, a summary, what
 * the network is asked to do, and the paper's own marking.
 */
public record CoverSheet(String author, String sponsor, String summary, String recommendations,
                         ProtectiveMarking marking) {

    public static final int NAME_MAX = 120;
    public static final int TEXT_MAX = 4000;

    public CoverSheet {
        author = strip(author);
        sponsor = strip(sponsor);
        summary = strip(summary);
        recommendations = strip(recommendations);
        new Validator()
                .maxLength("author", author, NAME_MAX)
                .maxLength("sponsor", sponsor, NAME_MAX)
                .maxLength("summary", summary, TEXT_MAX)
                .maxLength("recommendations", recommendations, TEXT_MAX)
                .check(marking != null, "marking", "validation.required")
                .throwIfInvalid();
    }

    public static CoverSheet blank(ProtectiveMarking marking) {
        return new CoverSheet("", "", "", "", marking);
    }

    /** The same marking with the words cleared, for an item copied to the next meeting. */
    public CoverSheet blankCopy() {
        return blank(marking);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
