package uk.dln.secretariat.app.cli;

import uk.dln.secretariat.model.SecretariatException;

/** What the command line's exit status means; the README lists the same table. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something unexpected went wrong; the log has the details. */
    public static final int FAILED = 1;
    /** The command or its options were not understood. */
    public static final int USAGE = 2;
    /** The workspace was written by a newer version of Secretariat; it was left untouched. */
    public static final int NEWER_WORKSPACE = 3;
    /** The file is damaged or is not a Secretariat workspace; it was left untouched. */
    public static final int DAMAGED_WORKSPACE = 4;
    /** The workspace could not be used: missing, not writable, busy, or the disk is full. */
    public static final int UNUSABLE_WORKSPACE = 5;
    /** Input was refused (e.g. a bad file to import); nothing was stored. */
    public static final int INVALID_INPUT = 6;
    /** There is no backup to restore, or the one named is missing or damaged; nothing was changed. */
    public static final int NO_BACKUP = 7;
    /**
     * The export's files could not be written (folder missing or read-only, disk full, file open elsewhere), or one
     * failed its read-back check; nothing was left behind.
     */
    public static final int EXPORT_FAILED = 8;
    /** export --pdf found no LibreOffice: everything but the PDF was written. */
    public static final int PDF_NEEDS_LIBREOFFICE = 10;

    private ExitCodes() {
    }

    static int of(SecretariatException error) {
        String key = error.messageKey();
        if (key.equals("workspace.error.newer")) {
            return NEWER_WORKSPACE;
        }
        if (key.equals("workspace.error.damaged") || key.equals("workspace.error.notWorkspace")
                || key.equals("workspace.error.empty") || key.equals("workspace.error.unreadableValue")) {
            return DAMAGED_WORKSPACE;
        }
        if (key.equals("restore.error.backupDamaged")) {
            return NO_BACKUP;
        }
        if (key.equals("pack.error.folder") || key.equals("pack.error.readOnly") || key.equals("pack.error.write")
                || key.equals("pack.error.inUse") || key.equals("pack.error.diskFull")
                || key.equals("pack.error.unreadablePart") || key.equals("pack.error.notAPackage")
                || key.startsWith("pack.pdf.error.")) {
            return EXPORT_FAILED;
        }
        if (key.startsWith("workspace.error.") || key.startsWith("backup.error.") || key.startsWith("restore.error.")) {
            return UNUSABLE_WORKSPACE;
        }
        return INVALID_INPUT;
    }
}
