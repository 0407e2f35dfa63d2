package uk.dln.secretariat.app.audit;

import java.util.stream.Collectors;
import uk.dln.secretariat.app.core.audit.AuditNames;
import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.FieldChange;

/** One audit entry as the log shows it: every column already in words. */
public record AuditRow(AuditEntry entry, String when, String who, String record, String action, String changes) {

    public static AuditRow of(AuditEntry entry) {
        return of(entry, AuditNames.NONE);
    }

    /** With the names of the records it points to, where they are known. */
    public static AuditRow of(AuditEntry entry, AuditNames names) {
        String name = names.record(entry.table(), entry.recordId());
        return new AuditRow(entry,
                Formats.dateTime(entry.changedAt()),
                entry.user().orElse(Messages.get("audit.who.outside")),
                name == null ? Messages.get("audit.record", tableLabel(entry.table()), entry.recordId())
                        : Messages.get("audit.record.named", tableLabel(entry.table()), name),
                Messages.get(entry.action().labelKey()),
                entry.changes().stream().map(change -> describe(change, names)).collect(Collectors.joining("\n")));
    }

    /** The name people read for a stored table. */
    public static String tableLabel(String table) {
        String key = AuditedTable.labelKeyOf(table);
        return key == null ? table : Messages.get(key);
    }

    private static String describe(FieldChange change, AuditNames names) {
        return Messages.get("audit.change", names.field(change.field()),
                value(names.value(change.field(), change.before())),
                value(names.value(change.field(), change.after())));
    }

    private static String value(String stored) {
        return stored == null ? Messages.get("audit.value.none") : Messages.get("audit.value", stored);
    }
}
