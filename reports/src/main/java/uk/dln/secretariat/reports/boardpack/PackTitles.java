package uk.dln.secretariat.reports.boardpack;

import java.time.LocalDate;
import uk.dln.secretariat.reports.Texts;

/** What a pack is called on its cover and in its file's properties, in the pack's language. */
public final class PackTitles {

    private PackTitles() {
    }

    /** "Board pack for 3 December 2026": a pack of the roadmap sections on a day without a meeting. */
    public static String forDate(Texts texts, LocalDate date) {
        return texts.get("pack.title.forDate", texts.date(date));
    }

    /** "Meeting 11, 3 December 2026". */
    public static String forMeeting(Texts texts, int number, LocalDate date) {
        return texts.get("pack.meeting.name", number, texts.date(date));
    }
}
