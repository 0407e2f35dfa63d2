package uk.dln.secretariat.persistence.backup;

import static uk.dln.secretariat.persistence.jooq.Tables.NETWORK_SETTING;

import java.util.List;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * How many daily and manual backups a workspace keeps. Stored in the workspace, so everyone who opens it prunes the
 * same shared backups folder the same way.
 */
public final class BackupSettings {

    public static final int DEFAULT_KEEP = 20;
    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 366;
    static final String KEEP = "backupsToKeep";

    private final DSLContext dsl;

    public BackupSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int keep() {
        String stored = dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING).where(NETWORK_SETTING.NAME.eq(KEEP))
                .fetchOne(NETWORK_SETTING.VALUE);
        try {
            return stored == null ? DEFAULT_KEEP : Math.max(MIN_KEEP, Math.min(MAX_KEEP, Integer.parseInt(stored)));
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    public void setKeep(int keep) {
        if (keep < MIN_KEEP || keep > MAX_KEEP) {
            throw new ValidationException(List.of(Problem.of("keep", "backup.error.keepRange", MIN_KEEP, MAX_KEEP)));
        }
        dsl.transaction(tx -> tx.dsl().insertInto(NETWORK_SETTING)
                .set(NETWORK_SETTING.NAME, KEEP)
                .set(NETWORK_SETTING.VALUE, String.valueOf(keep))
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, String.valueOf(keep))
                .execute());
    }
}
