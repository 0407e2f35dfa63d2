package uk.dln.secretariat.model.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

/**
 * What the front page of a paper says besides its title and reference: who wrote and sponsors it, a summary, what
 * the network is asked to do, the paper's own marking, and its context (date, previous consideration, consultation,
 * implications, publication).
 *
 * @param recommendations one a line; printed as "The network is asked to: (a) ... (b) ..."
 */
public record CoverSheet(String author, String sponsor, String summary, String recommendations,
                         ProtectiveMarking marking, PaperContext context) {

    public static final int NAME_MAX = 120;
    public static final int TEXT_MAX = 4000;
    private static final Pattern LEADING_ASK = Pattern.compile("^(?i)the network is asked to:?\\s*");
    private static final Pattern LIST_MARK =
            Pattern.compile("^(\\([a-z0-9]{1,3}\\)|[a-z0-9]{1,3}[.)]|[-*\u2022])\\s+");

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
        context = context == null ? PaperContext.NONE : context;
    }

    /** A cover sheet with no context given yet. */
    public CoverSheet(String author, String sponsor, String summary, String recommendations,
                      ProtectiveMarking marking) {
        this(author, sponsor, summary, recommendations, marking, PaperContext.NONE);
    }

    public CoverSheet withContext(PaperContext newContext) {
        return new CoverSheet(author, sponsor, summary, recommendations, marking, newContext);
    }

    /**
     * The recommendations one by one, each without a leading "The network is asked to", a list letter such as
     * "(a)" or a bullet, so they can be printed as one numbered list under "The network is asked to:".
     */
    public List<String> recommendationList() {
        var list = new ArrayList<String>();
        for (String line : recommendations.split("\\R")) {
            String item = LEADING_ASK.matcher(line.strip()).replaceFirst("");
            item = LIST_MARK.matcher(item).replaceFirst("").strip();
            if (!item.isEmpty()) {
                list.add(item);
            }
        }
        return list;
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
