package uk.dln.secretariat.persistence;

import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the statements a workspace runs. A document or screen should read with a fixed number of queries whatever
 * the data's size; the count lets a test see a query loop come back, and a log line say what an export cost.
 */
final class StatementCounter implements ExecuteListener {

    private final AtomicLong count = new AtomicLong();

    @Override
    public void executeStart(ExecuteContext context) {
        count.incrementAndGet();
    }

    long count() {
        return count.get();
    }
}
