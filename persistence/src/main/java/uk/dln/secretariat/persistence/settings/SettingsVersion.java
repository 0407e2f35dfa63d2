package uk.dln.secretariat.persistence.settings;

import static uk.dln.secretariat.persistence.jooq.Tables.AUDIT_LOG;
import static uk.dln.secretariat.persistence.jooq.Tables.NETWORK_SETTING;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.SecretariatException;

/**
 * The network settings' own version (decision 0052). The settings are a table of named values, not one row with a
 * version column, so their version is one more named value: {@value #NAME}. A form's save claims the version it read,
 * as {@code RecordVersions.claim} does for a row; any other save of a setting the form shows raises it, so a form
 * cannot pass over it. Kept in the table itself, the version needs no migration and travels with the workspace when
 * it is shared, snapshot or backed up.
 */
final class SettingsVersion {

    static final String NAME = "settingsVersion";

    private SettingsVersion() {
    }

    /** The version among the stored values; 0 when no form has saved yet. */
    static long of(Map<String, String> stored) {
        String value = stored.get(NAME);
        return value == null ? 0 : Long.parseLong(value);
    }

    /**
     * Claims the version a form read and raises it, inside the save's transaction and before its changes.
     *
     * @throws SecretariatException {@code record.error.changedByOther}, naming who saved which settings and when,
     *                              when someone else saved them since they were read
     */
    static long claim(DSLContext tx, long readVersion) {
        int claimed = tx.update(NETWORK_SETTING).set(NETWORK_SETTING.VALUE, String.valueOf(readVersion + 1))
                .where(NETWORK_SETTING.NAME.eq(NAME).and(NETWORK_SETTING.VALUE.eq(String.valueOf(readVersion))))
                .execute();
        if (claimed == 1) {
            return readVersion + 1;
        }
        if (readVersion == 0) {
            // Never saved through a form: the first save starts the count, unless another one started it meanwhile.
            int started = tx.insertInto(NETWORK_SETTING).set(NETWORK_SETTING.NAME, NAME)
                    .set(NETWORK_SETTING.VALUE, "1").onConflictDoNothing().execute();
            if (started == 1) {
                return 1;
            }
        }
        throw changedByOther(tx);
    }

    /** Raises the version for a save no form read first, so that no form showing the settings overwrites it. */
    static void raise(DSLContext tx) {
        tx.insertInto(NETWORK_SETTING).set(NETWORK_SETTING.NAME, NAME).set(NETWORK_SETTING.VALUE, "1")
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, DSL.cast(DSL.cast(NETWORK_SETTING.VALUE, Long.class).plus(1),
                        String.class))
                .execute();
    }

    /** Who last raised the version and when, and which settings they changed in the same save. */
    private static SecretariatException changedByOther(DSLContext tx) {
        var change = AUDIT_LOG.as("version_change");
        var latest = tx.select(change.ID, change.CHANGED_BY, change.CHANGED_AT).from(change)
                .where(change.RECORD_TABLE.eq(NETWORK_SETTING.getName()).and(change.RECORD_ID.eq(NAME)))
                .orderBy(change.ID.desc()).limit(1).fetchOne();
        if (latest == null || latest.value3() == null) {
            return new SecretariatException("record.error.changedByOther", "?", "?", "?");
        }
        // The same save's other entries carry the same stamp: compared as stored, column to column.
        var names = tx.selectDistinct(AUDIT_LOG.RECORD_ID).from(AUDIT_LOG)
                .join(change).on(change.ID.eq(latest.value1()))
                .where(AUDIT_LOG.RECORD_TABLE.eq(NETWORK_SETTING.getName())
                        .and(AUDIT_LOG.CHANGED_AT.eq(change.CHANGED_AT))
                        .and(AUDIT_LOG.CHANGED_BY.isNotDistinctFrom(change.CHANGED_BY))
                        .and(AUDIT_LOG.RECORD_ID.ne(NAME)))
                .orderBy(AUDIT_LOG.RECORD_ID).fetch(AUDIT_LOG.RECORD_ID);
        String when = latest.value3().withSecond(0).withNano(0).toString().replace('T', ' ');
        return new SecretariatException("record.error.changedByOther",
                latest.value2() == null ? "?" : latest.value2(), when, String.join(", ", names));
    }
}
