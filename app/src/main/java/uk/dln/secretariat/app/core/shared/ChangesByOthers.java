package uk.dln.secretariat.app.core.shared;

import java.util.function.Consumer;

/**
 * Where other people's changes to the open workspace come from: a shared workspace's notifications. A workspace file
 * has one writer, so it has {@link #NONE}; nothing is polled to make up for it (decision 0046).
 */
@FunctionalInterface
public interface ChangesByOthers {

    /** A workspace nobody else changes while it is open: a file. */
    ChangesByOthers NONE = listener -> () -> { };

    /**
     * Starts telling {@code listener} of each record someone else changes, on whatever thread the source uses.
     *
     * @return closing it stops the telling
     */
    Following follow(Consumer<RecordChanged> listener);

    /** One listener being told; closed when the workspace is left. */
    @FunctionalInterface
    interface Following extends AutoCloseable {
        @Override
        void close();
    }
}
