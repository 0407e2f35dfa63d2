package uk.dln.secretariat.persistence.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jooq.impl.AbstractConverter;

/** Timestamps are stored as ISO-8601 text ({@code 2026-11-22T10:15:30}). */
public final class IsoDateTimeConverter extends AbstractConverter<String, LocalDateTime> {

    public IsoDateTimeConverter() {
        super(String.class, LocalDateTime.class);
    }

    @Override
    public LocalDateTime from(String text) {
        if (text == null) {
            return null;
        }
        // The forms the app writes (to the second, or to the millisecond), read directly as IsoDateConverter does.
        int length = text.length();
        if ((length == 19 || length == 23) && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && (length == 19 || text.charAt(19) == '.')) {
            LocalDate date = IsoDateConverter.parse(text.substring(0, 10));
            int hour = IsoDateConverter.digits(text, 11, 13);
            int minute = IsoDateConverter.digits(text, 14, 16);
            int second = IsoDateConverter.digits(text, 17, 19);
            int millis = length == 19 ? 0 : IsoDateConverter.digits(text, 20, 23);
            if (hour >= 0 && minute >= 0 && second >= 0 && millis >= 0) {
                return LocalDateTime.of(date, LocalTime.of(hour, minute, second, millis * 1_000_000));
            }
        }
        return LocalDateTime.parse(text);
    }

    @Override
    public String to(LocalDateTime time) {
        return time == null ? null : time.toString();
    }
}
