package uk.dln.secretariat.persistence.support;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/** Dates are stored as ISO-8601 text ({@code 2026-11-22}) so the file reads the same in any SQLite tool. */
public final class IsoDateConverter extends AbstractConverter<String, LocalDate> {

    public IsoDateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public String to(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
