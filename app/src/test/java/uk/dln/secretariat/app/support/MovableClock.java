package uk.dln.secretariat.app.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves on, e.g. to the day of a meeting so that it can be marked held. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(LocalDate start) {
        moveTo(start);
    }

    public void moveTo(LocalDate day) {
        now = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
