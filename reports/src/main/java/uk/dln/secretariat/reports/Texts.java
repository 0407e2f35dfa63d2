package uk.dln.secretariat.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.settings.DocumentLanguage;

/**
 * Where documents get their words, in the language a document is written in: {@link ReportTexts} reads this module's
 * own bundle ({@code uk/dln/secretariat/reports/reports*.properties}).
 */
public interface Texts {

    /** The message for the key with its arguments filled in. */
    String get(String key, Object... arguments);

    Locale locale();

    /** The language the document is written in; its properties carry {@link #languageTag()}. */
    default DocumentLanguage language() {
        return locale().getLanguage().equals("cy") ? DocumentLanguage.WELSH : DocumentLanguage.ENGLISH;
    }

    /** The document's language as its properties and spelling checker read it: {@code en-GB} or {@code cy-GB}. */
    default String languageTag() {
        return language().locale().toLanguageTag();
    }

    /**
     * The text for the key in each language a document can be written in, for recognising words a person typed in
     * either language (the attendance headings of minutes drafted in English, printed in a Welsh pack).
     */
    default java.util.Set<String> inEveryLanguage(String key) {
        return java.util.Set.of(get(key));
    }

    /** A date as a reader writes it: {@code 3 November 2026}. */
    default String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    /**
     * A date where a table column is narrow: {@code 3 Nov 2026}. English months are always three letters: the
     * JDK's British "Sept" would be the one four-letter month in the pack.
     */
    default String shortDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (locale().getLanguage().equals("en")) {
            return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .substring(0, 3) + " " + date.getYear();
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(date);
    }

    /** Where an action was raised, as the action log prints it: "meeting of 3 Nov 2026, item 5". */
    default String raisedAt(ActionLogEntry entry) {
        return entry.itemPosition() == null ? get("pack.actions.raisedAtMeeting", shortDate(entry.meetingOn()))
                : get("pack.actions.raisedAtItem", shortDate(entry.meetingOn()), entry.itemPosition());
    }

    /** "31 days late", "On baseline", "5 days early". */
    default String slippage(long days) {
        if (days == 1) {
            return get("roadmaps.slippage.lateOne");
        }
        if (days == -1) {
            return get("roadmaps.slippage.earlyOne");
        }
        if (days > 0) {
            return get("roadmaps.slippage.late", days);
        }
        if (days < 0) {
            return get("roadmaps.slippage.early", -days);
        }
        return get("roadmaps.slippage.none");
    }
}
