package uk.dln.secretariat.reports.trackers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A count of a Table's rows as a formula: {@code COUNTIFS(Milestones[Delivery confidence],"Red",...)}, or the sum
 * of several such counts when a row may match any of several words.
 */
final class Countifs {

    private final List<String> terms = new ArrayList<>();

    /** Rows whose column holds the word and whose other column holds any one of the other words. */
    Countifs add(DataSheet table, int column, String word, int otherColumn, List<String> otherWords) {
        for (String other : otherWords) {
            terms.add("COUNTIFS(" + table.column(column) + "," + criterion(word) + "," + table.column(otherColumn)
                    + "," + criterion(other) + ")");
        }
        return this;
    }

    /** Rows whose column holds the word. */
    Countifs add(DataSheet table, int column, String word) {
        terms.add("COUNTIFS(" + table.column(column) + "," + criterion(word) + ")");
        return this;
    }

    String formula() {
        return terms.stream().collect(Collectors.joining("+"));
    }

    /** The word matched exactly: quotes doubled, and COUNTIFS's wildcards (* ? ~) escaped with ~. */
    static String criterion(String word) {
        return "\"" + word.replaceAll("([~*?])", "~$1").replace("\"", "\"\"") + "\"";
    }
}
