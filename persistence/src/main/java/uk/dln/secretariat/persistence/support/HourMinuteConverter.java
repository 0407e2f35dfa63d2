package uk.dln.secretariat.persistence.support;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jooq.impl.AbstractConverter;

/** A meeting's start time is stored to the minute ({@code 09:30}), the form the schema checks. */
public final class HourMinuteConverter extends AbstractConverter<String, LocalTime> {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public HourMinuteConverter() {
        super(String.class, LocalTime.class);
    }

    @Override
    public LocalTime from(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    @Override
    public String to(LocalTime time) {
        return time == null ? null : HOUR_MINUTE.format(time);
    }
}
