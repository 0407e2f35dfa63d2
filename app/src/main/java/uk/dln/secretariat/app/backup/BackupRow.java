package uk.dln.secretariat.app.backup;

import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.backup.Backup;

/** One backup as the Backups dialog lists it. */
public record BackupRow(Backup backup, String madeAt, String kind, String size) {

    public static BackupRow of(Backup backup) {
        return new BackupRow(backup, Formats.dateTime(backup.madeAt()), Messages.get(backup.kind().labelKey()),
                Formats.fileSize(backup.sizeBytes()));
    }
}
