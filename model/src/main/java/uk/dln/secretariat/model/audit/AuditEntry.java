package uk.dln.secretariat.model.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One create, change or delete of one record, as the audit trail recorded it in the same transaction.
 *
 * @param id        the entry's number; later entries have higher numbers
 * @param changedAt when the change was saved (the computer's local time)
 * @param changedBy the operating-system user who made it; null when it was made outside Secretariat (a schema
 *                  upgrade, or another program writing to the file)
 * @param table     the stored table of the record, e.g. {@code organisation}
 * @param recordId  the record's identifier in that table
 * @param changes   the fields that changed, in the table's column order
 */
public record AuditEntry(long id, LocalDateTime changedAt, String changedBy, String table, String recordId,
                         AuditAction action, List<FieldChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes);
    }

    public Optional<String> user() {
        return Optional.ofNullable(changedBy);
    }
}
