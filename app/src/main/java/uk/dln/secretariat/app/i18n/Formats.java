package uk.dln.secretariat.app.i18n;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times and sizes as a person reads them, in the language of the messages. */
public final class Formats {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Formats() {
    }

    /** The messages' language; the base messages are British English. */
    private static Locale locale() {
        Locale locale = Messages.bundle().getLocale();
        return locale.getLanguage().isEmpty() ? Locale.UK : locale;
    }

    /** e.g. "22 Nov 2026, 10:15:30". */
    public static String dateTime(LocalDateTime time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale()).format(time);
    }

    /** e.g. "1.4 MB", "120 KB". */
    public static String fileSize(long bytes) {
        var number = NumberFormat.getNumberInstance(locale());
        if (bytes >= MB) {
            number.setMinimumFractionDigits(1);
            number.setMaximumFractionDigits(1);
            return Messages.get("format.size.mb", number.format(bytes / (double) MB));
        }
        return Messages.get("format.size.kb", number.format(Math.max(1, (bytes + KB - 1) / KB)));
    }
}
