package uk.dln.secretariat.persistence.backup;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was made. The word is part of the backup's file name. */
public enum BackupKind {
    /** The first time the workspace is opened on a day. */
    DAILY("daily", "backup.kind.daily", true),
    /** Just before the schema is upgraded by a newer version of the app. */
    BEFORE_UPGRADE("before-upgrade", "backup.kind.beforeUpgrade", false),
    /** Asked for by a person, from the app or the command line. */
    MANUAL("manual", "backup.kind.manual", true),
    /** The workspace as it was just before a backup was restored over it, so the restore can be undone. */
    BEFORE_RESTORE("before-restore", "backup.kind.beforeRestore", false);

    private final String fileWord;
    private final String labelKey;
    private final boolean pruned;

    BackupKind(String fileWord, String labelKey, boolean pruned) {
        this.fileWord = fileWord;
        this.labelKey = labelKey;
        this.pruned = pruned;
    }

    public String fileWord() {
        return fileWord;
    }

    public String labelKey() {
        return labelKey;
    }

    /**
     * Whether old backups of this kind are deleted to keep the configured number. Those made before an upgrade or
     * a restore mark a moment that matters and are rare, so they stay until someone deletes them.
     */
    public boolean pruned() {
        return pruned;
    }

    static Optional<BackupKind> ofFileWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.fileWord.equals(word)).findFirst();
    }
}
