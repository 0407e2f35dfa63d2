package uk.dln.secretariat.reports.trackers;

/**
 * How tall a row must be for its wrapped text. Excel sizes a row to its wrapped text only when someone types in it:
 * a row in a written file keeps the height stored for it, so a long action shows one line and hides the rest. The
 * writer therefore stores a height from an estimate of how the text wraps.
 *
 * <p>The estimate wraps word by word. A column's width counts the widths of a "0" in the default font; ordinary
 * text in that font (Calibri, or LibreOffice's metric twin Carlito) averages about 1.4 characters to that width,
 * measured on rendered trackers. The estimate takes 1.25, erring towards a little space to spare over a cut line.
 */
final class RowHeights {

    /** A line of the default 11-point font, with its leading. */
    static final float LINE_POINTS = 15f;
    /** Characters of ordinary text to one unit of column width, on the cautious side. */
    static final double CHARACTERS_PER_WIDTH = 1.25;
    /** Excel's tallest row. */
    static final float MOST_POINTS = 409f;

    private RowHeights() {
    }

    /** The lines the text takes when wrapped in a column so many characters wide. */
    static int lines(String text, int widthInCharacters) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // A cell loses about a character's width to its margins.
        int capacity = Math.max(1, (int) Math.floor((widthInCharacters - 1) * CHARACTERS_PER_WIDTH));
        if (text.length() <= capacity && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            // Most cells: short text, worked out without splitting (the trackers run to thousands of rows).
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            lines += wrappedLines(paragraph, capacity);
        }
        return Math.max(1, lines);
    }

    private static int wrappedLines(String paragraph, int capacity) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.strip().split(" +")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > capacity) {
                lines++;
                used = 0;
            }
            // A word longer than the line breaks wherever it meets the edge.
            while (length > capacity) {
                lines++;
                length -= capacity;
            }
            used += (used > 0 ? 1 : 0) + length;
        }
        return lines;
    }

    /** The height in points for so many lines, within Excel's limit. */
    static float points(int lines) {
        return Math.min(MOST_POINTS, Math.max(1, lines) * LINE_POINTS);
    }
}
