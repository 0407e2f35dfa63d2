package uk.dln.secretariat.app.core.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records other people changed, arriving close enough together to be shown at once: what a section is told so it
 * reads its records again once, however many rows one save touched.
 *
 * @param changes in the order they arrived
 * @param seenAt  when they reached the window, for "Changed by … at 10:42"
 */
public record ChangedRecords(List<RecordChanged> changes, Instant seenAt) {

    public ChangedRecords {
        changes = List.copyOf(changes);
    }

    /** The tables changed, in the order their first change arrived. */
    public Set<String> tables() {
        var tables = new LinkedHashSet<String>();
        changes.forEach(change -> tables.add(change.table()));
        return tables;
    }

    /** Only the changes to these tables. */
    public ChangedRecords in(Collection<String> tables) {
        return new ChangedRecords(changes.stream().filter(change -> change.touches(tables)).toList(),
                seenAt);
    }

    /** The latest change to one record, if it is among these. */
    public Optional<RecordChanged> latest(String table, long id) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            RecordChanged change = changes.get(i);
            if (change.id() == id && change.table().equals(table)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
