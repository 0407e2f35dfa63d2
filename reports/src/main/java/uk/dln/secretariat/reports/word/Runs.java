package uk.dln.secretariat.reports.word;

import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import uk.dln.secretariat.reports.XmlText;

/**
 * Text into runs: line breaks in the text become line breaks on the page, and a date's day, month and year are
 * joined by non-breaking spaces so no reader sees "17" at the end of one line and "September 2026" on the next.
 */
final class Runs {

    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}) ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
            + "|Nov|Dec)[a-z]*) (\\d{4})\\b");

    private Runs() {
    }

    static XWPFRun text(XWPFRun run, String text) {
        String[] lines = XmlText.clean(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(keepDatesTogether(lines[i]), i);
        }
        return run;
    }

    /** "17 September 2026" with non-breaking spaces, so the date never splits across lines. */
    static String keepDatesTogether(String text) {
        return text == null ? null : DATE.matcher(text).replaceAll("$1\u00a0$2\u00a0$3");
    }
}
