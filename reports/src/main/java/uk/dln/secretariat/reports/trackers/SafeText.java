package uk.dln.secretariat.reports.trackers;

/**
 * Guards against formula injection: text a person typed that begins with {@code =}, {@code +}, {@code -} or
 * {@code @} could run as a formula when a spreadsheet re-reads it (after a CSV save, or a cell edited and
 * confirmed). Such text is written as a string cell with Excel's quote prefix, so it shows exactly as typed and stays
 * text even when edited.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Whether a spreadsheet could take the text for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
