package uk.dln.secretariat.model.audit;

/**
 * News that someone changed a record of a shared workspace (decision 0045), for an open view to reload what it
 * shows. It says which record and who, not what changed: the view reads the record again, and the audit trail has
 * the fields.
 *
 * @param table     the stored table, e.g. {@code action}; null when anything in the workspace may have changed (the
 *                  feed was away and came back, or a whole workspace was copied in): reload everything shown
 * @param recordId  the record's key as the audit trail writes it (an id, or a setting's name); null when many records
 *                  of the table changed at once: reload the table
 * @param changedBy the database user who changed it; null when not known (several people, or a gap in the feed)
 */
public record RecordChange(String table, String recordId, String changedBy) {

    public RecordChange {
        if (table == null && recordId != null) {
            throw new IllegalArgumentException("a record without its table: " + recordId);
        }
    }

    /** Anything may have changed. */
    public static RecordChange anything() {
        return new RecordChange(null, null, null);
    }

    /** Many records of one table changed. */
    public static RecordChange wholeTable(String table, String changedBy) {
        return new RecordChange(table, null, changedBy);
    }

    /** Whether a view showing records of this table should reload. */
    public boolean concerns(String tableShown) {
        return table == null || table.equals(tableShown);
    }

    /** Whether a view showing this record should reload. */
    public boolean concerns(String tableShown, String recordShown) {
        return concerns(tableShown) && (recordId == null || recordId.equals(recordShown));
    }
}
