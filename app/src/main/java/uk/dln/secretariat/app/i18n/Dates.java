package uk.dln.secretariat.app.i18n;

import java.time.LocalDate;

/**
 * Dates as people read them in the window, in the civil-service style (12 Nov 2026) and the window's current
 * language: the formatter belongs to the {@link Messages} in use, so a change of language changes the months.
 */
public final class Dates {

    private Dates() {
    }

    /** The date, or an empty string for none. */
    public static String format(LocalDate date) {
        return Messages.current().date(date);
    }
}
