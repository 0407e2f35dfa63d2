package uk.dln.secretariat.persistence.support;

import java.time.LocalDateTime;
import org.jooq.impl.AbstractConverter;

/** Timestamps are stored as ISO-8601 text ({@code 2026-11-22T10:15:30}). */
public final class IsoDateTimeConverter extends AbstractConverter<String, LocalDateTime> {

    public IsoDateTimeConverter() {
        super(String.class, LocalDateTime.class);
    }

    @Override
    public LocalDateTime from(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    @Override
    public String to(LocalDateTime time) {
        return time == null ? null : time.toString();
    }
}
