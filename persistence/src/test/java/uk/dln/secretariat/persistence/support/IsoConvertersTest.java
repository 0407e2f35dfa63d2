package uk.dln.secretariat.persistence.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IsoConvertersTest {

    private final IsoDateConverter dates = new IsoDateConverter();
    private final IsoDateTimeConverter times = new IsoDateTimeConverter();

    @Test
    void readsStoredDatesAsTheGeneralParserDoes() {
        for (String text : new String[] {"2026-11-22", "2024-02-29", "0001-01-01", "9999-12-31"}) {
            assertEquals(LocalDate.parse(text), dates.from(text));
        }
        assertNull(dates.from(null));
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThrows(DateTimeException.class, () -> dates.from("2025-02-29"));
        assertThrows(DateTimeException.class, () -> dates.from("2025-13-01"));
        assertThrows(DateTimeException.class, () -> dates.from("2025-1a-01"));
    }

    @Test
    void readsStoredTimesToTheSecondOrMillisecondAndAnyOtherIsoForm() {
        for (String text : new String[] {"2026-11-22T10:15:30", "2026-11-22T10:15:30.123", "2026-11-22T10:15",
            "2026-11-22T10:15:30.123456"}) {
            assertEquals(LocalDateTime.parse(text), times.from(text));
        }
        assertThrows(DateTimeException.class, () -> times.from("2026-11-22T24:15:30"));
    }

    @Test
    void writesWhatItReads() {
        var time = LocalDateTime.of(2026, 11, 22, 10, 15, 30, 123_000_000);
        assertEquals(time, times.from(times.to(time)));
        assertEquals(LocalDate.of(2026, 1, 2), dates.from(dates.to(LocalDate.of(2026, 1, 2))));
    }
}
