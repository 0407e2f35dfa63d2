package uk.dln.secretariat.persistence.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.dln.secretariat.model.audit.RecordChange;

/**
 * The changes heard in one burst, told once each: the same record changed twice is one change, and a table with
 * more than {@link #MOST_RECORDS} changed records is one change to the table, so that a bulk update of 500 actions
 * sent statement by statement does not become 500 reloads.
 */
final class ChangeBurst {

    static final int MOST_RECORDS = 50;

    private final Set<RecordChange> records = new LinkedHashSet<>();
    private final Map<String, Set<String>> wholeTables = new LinkedHashMap<>();
    private boolean anything;

    void add(RecordChange change) {
        if (change.table() == null) {
            anything = true;
        } else if (change.recordId() == null) {
            wholeTables.computeIfAbsent(change.table(), table -> new LinkedHashSet<>()).add(change.changedBy());
        } else {
            records.add(change);
        }
    }

    boolean isEmpty() {
        return !anything && records.isEmpty() && wholeTables.isEmpty();
    }

    /** What to tell: the whole workspace alone, else each table reloaded whole once, then single records. */
    List<RecordChange> told() {
        if (anything) {
            return List.of(RecordChange.anything());
        }
        var byTable = new LinkedHashMap<String, List<RecordChange>>();
        for (RecordChange change : records) {
            byTable.computeIfAbsent(change.table(), table -> new ArrayList<>()).add(change);
        }
        var told = new ArrayList<RecordChange>();
        var whole = new LinkedHashMap<String, Set<String>>(wholeTables);
        byTable.forEach((table, changes) -> {
            if (whole.containsKey(table) || changes.size() > MOST_RECORDS) {
                var people = whole.computeIfAbsent(table, name -> new LinkedHashSet<>());
                changes.forEach(change -> people.add(change.changedBy()));
            }
        });
        whole.forEach((table, people) -> told.add(RecordChange.wholeTable(table, onlyOne(people))));
        byTable.forEach((table, changes) -> {
            if (!whole.containsKey(table)) {
                told.addAll(changes);
            }
        });
        return told;
    }

    /** The one person who made all of a table's changes, or null when several did. */
    private static String onlyOne(Set<String> people) {
        return people.size() == 1 ? people.iterator().next() : null;
    }
}
