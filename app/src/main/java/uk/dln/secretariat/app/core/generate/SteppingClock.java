package uk.dln.secretariat.app.core.generate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the generator moves through the decade, so that every "changed at" stamp and every history entry falls
 * on the day the change would really have been made, not on the day the data was generated.
 */
final class SteppingClock extends Clock {

    private Instant now;

    SteppingClock(LocalDate start) {
        moveTo(start);
    }

    void moveTo(LocalDate day) {
        now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
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
