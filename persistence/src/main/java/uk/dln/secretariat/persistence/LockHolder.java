package uk.dln.secretariat.persistence;

import java.time.LocalDateTime;

/**
 * Who has a workspace open for changes, as written in its lock file: shown to a second person, whose copy opens
 * read only.
 *
 * @param user  the operating-system user name; "?" when the lock file could not be read
 * @param host  the computer's name
 * @param since when they opened it; null when unknown
 */
public record LockHolder(String user, String host, LocalDateTime since) {

    static final LockHolder UNKNOWN = new LockHolder("?", "?", null);

    public boolean isKnown() {
        return !this.equals(UNKNOWN);
    }
}
