package uk.dln.secretariat.model.meetings;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * A paper's reference in the network's style: organisation code, two-digit year, the meeting's number in that year
 * and the paper's number at the meeting, e.g. {@code DLN(26)11/04}.
 */
public record PaperReference(String prefix, int year, int meeting, int paper) {

    private static final Pattern FORMAT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\((\\d{2})\\)(\\d{1,2})/(\\d{1,2})");

    public PaperReference {
        if (prefix == null || prefix.isBlank() || meeting < 1 || meeting > 99 || paper < 1 || paper > 99) {
            throw new IllegalArgumentException("Not a paper reference: " + prefix + " " + meeting + "/" + paper);
        }
        year = Math.floorMod(year, 100);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s(%02d)%02d/%02d", prefix, year, meeting, paper);
    }

    /** Reads a reference as printed, e.g. on a cover sheet; anything else is refused naming the text. */
    public static PaperReference parse(String text) {
        var match = FORMAT.matcher(text == null ? "" : text.strip());
        if (!match.matches()) {
            throw new ValidationException(List.of(Problem.of("paperReference", "meetings.error.paperReference",
                    String.valueOf(text))));
        }
        return new PaperReference(match.group(1), Integer.parseInt(match.group(2)), Integer.parseInt(match.group(3)),
                Integer.parseInt(match.group(4)));
    }
}
