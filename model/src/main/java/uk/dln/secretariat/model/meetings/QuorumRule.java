package uk.dln.secretariat.model.meetings;

import java.util.List;
import java.util.regex.Pattern;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * How many member organisations must be represented for the meeting to take decisions: either a fixed number
 * ({@code 8}) or a share of the member organisations ({@code 50%}, rounded up).
 */
public record QuorumRule(int value, boolean percentage) {

    public static final QuorumRule DEFAULT = new QuorumRule(50, true);

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\s*(%?)");

    public QuorumRule {
        if (value < 1 || (percentage && value > 100)) {
            throw invalid(percentage ? value + "%" : String.valueOf(value));
        }
    }

    /** Reads {@code 8} or {@code 50%}; anything else is refused naming the text. */
    public static QuorumRule parse(String text) {
        var match = FORMAT.matcher(text == null ? "" : text.strip());
        if (!match.matches()) {
            throw invalid(String.valueOf(text).strip());
        }
        return new QuorumRule(Integer.parseInt(match.group(1)), !match.group(2).isEmpty());
    }

    /** Organisations that must be represented out of {@code members}. */
    public int required(int members) {
        return percentage ? (members * value + 99) / 100 : value;
    }

    public boolean isMet(int represented, int members) {
        return represented >= required(members);
    }

    @Override
    public String toString() {
        return percentage ? value + "%" : String.valueOf(value);
    }

    private static ValidationException invalid(String text) {
        return new ValidationException(List.of(Problem.of("quorum", "meetings.error.quorum", text)));
    }
}
