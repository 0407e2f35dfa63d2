package uk.dln.secretariat.app.core.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.meetings.Meeting;

/** Which meeting a pack or document is for: named by its date or its id, or else the next one from a day. */
public final class MeetingChoice {

    private MeetingChoice() {
    }

    /**
     * The meeting on the date ({@code 2026-11-26}) or with the id ({@code 12}); refused, naming the text, when
     * there is none.
     */
    public static Meeting find(List<Meeting> meetings, String text) {
        String given = text == null ? "" : text.strip();
        try {
            LocalDate date = LocalDate.parse(given);
            return onDate(meetings, date)
                    .orElseThrow(() -> new SecretariatException("pack.error.noMeetingOn", given));
        } catch (DateTimeParseException notADate) {
            long id = parseId(given);
            return meetings.stream().filter(m -> m.id() == id).findFirst()
                    .orElseThrow(() -> new SecretariatException("pack.error.noMeetingWithId", given));
        }
    }

    public static Optional<Meeting> onDate(List<Meeting> meetings, LocalDate date) {
        return meetings.stream().filter(m -> m.date().equals(date)).findFirst();
    }

    /** The first meeting on or after the day; failing that, the latest before it. */
    public static Optional<Meeting> nextFrom(List<Meeting> meetings, LocalDate day) {
        return meetings.stream().filter(m -> !m.date().isBefore(day)).min(Comparator.comparing(Meeting::date))
                .or(() -> meetings.stream().max(Comparator.comparing(Meeting::date)));
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new SecretariatException("pack.error.meetingChoice", text);
        }
    }
}
