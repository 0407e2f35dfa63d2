package uk.dln.secretariat.app.i18n;

import java.time.LocalDateTime;

/** Times and sizes as a person reads them, in the window's current language. */
public final class Formats {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Formats() {
    }

    /** e.g. "22 Nov 2026, 10:15:30". */
    public static String dateTime(LocalDateTime time) {
        return Messages.current().dateTime(time);
    }

    /** e.g. "1.4 MB", "120 KB". */
    public static String fileSize(long bytes) {
        var messages = Messages.current();
        var number = messages.numbers();
        if (bytes >= MB) {
            number.setMinimumFractionDigits(1);
            number.setMaximumFractionDigits(1);
            return messages.text("format.size.mb", number.format(bytes / (double) MB));
        }
        return messages.text("format.size.kb", number.format(Math.max(1, (bytes + KB - 1) / KB)));
    }
}
