package uk.dln.secretariat.app.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in the app, in the civil-service style (12 Nov 2026) and the interface's language. */
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(Messages.get("format.date"),
            Messages.bundle().getLocale().getLanguage().isEmpty() ? Locale.UK : Messages.bundle().getLocale());

    private Dates() {
    }

    /** The date, or an empty string for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }
}
