package uk.dln.secretariat.reports.word;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import uk.dln.secretariat.reports.XmlText;

/** Text into runs: line breaks in the text become line breaks on the page. */
final class Runs {

    private Runs() {
    }

    static XWPFRun text(XWPFRun run, String text) {
        String[] lines = XmlText.clean(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }
}
