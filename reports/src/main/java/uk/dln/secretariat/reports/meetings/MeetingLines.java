package uk.dln.secretariat.reports.meetings;

import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;

/** The lines that say which meeting a document is about: number, day and time, place or link, chair. */
final class MeetingLines {

    private MeetingLines() {
    }

    /** "Meeting 11, 26 November 2026": how documents name a meeting. */
    static String name(Texts texts, Meeting meeting) {
        return texts.get("pack.meeting.name", meeting.number(), texts.date(meeting.date()));
    }

    static void details(WordDocument document, Meeting meeting, String chair) {
        Texts texts = document.texts();
        document.labelled(texts.get("pack.meeting.when"), texts.get("pack.meeting.whenValue",
                texts.date(meeting.date()), AgendaSection.TIME.format(meeting.startTime()),
                AgendaSection.TIME.format(meeting.startTime().plusMinutes(meeting.slotMinutes()))));
        if (!meeting.place().isEmpty()) {
            document.labelled(texts.get("pack.meeting.place"), meeting.place());
        }
        if (!meeting.videoLink().isEmpty()) {
            document.labelled(texts.get("pack.meeting.link"), meeting.videoLink());
        }
        if (!chair.isEmpty()) {
            document.labelled(texts.get("pack.meeting.chair"), chair);
        }
    }
}
