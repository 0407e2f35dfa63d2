package uk.dln.secretariat.app.changes;

import java.time.Clock;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import uk.dln.secretariat.app.core.shared.ChangedRecords;

/**
 * One editor's watch over the stored record it shows (decision 0046): told what others changed, it says "Changed by
 * anna at 10:42 …" while the record being typed over is among them, and its Reload asks about the typing before the
 * stored record is shown again. Every form that keeps typing over someone else's change holds one, so they all behave
 * alike; the section reads its lists again itself.
 */
public final class ChangedByOthersWatch {

    private final ChangedByOthersNotice notice;
    private final String table;
    private final LongSupplier editingId;
    private final ChangeGuard guard;

    /**
     * @param table     the table of the records the editor shows, as the change feed names it
     * @param editingId the id of the record in the editor now; 0 for a new one
     * @param guard     asks about the editor's typing before Reload shows the stored record
     */
    public ChangedByOthersWatch(ChangeTracker changes, Clock clock, String table, LongSupplier editingId,
                                ChangeGuard guard) {
        this.notice = new ChangedByOthersNotice(changes, clock);
        this.table = table;
        this.editingId = editingId;
        this.guard = guard;
    }

    /** Says so if the record in the editor is among those others changed; its typing stays as it is. */
    public void othersChanged(ChangedRecords changes) {
        notice.check(changes, table, editingId.getAsLong());
    }

    /** Reload: asks about the typing (Save, Discard, Cancel); Discard shows the stored record. */
    public void reloadStored() {
        guard.leave(() -> { });
    }

    /** "Changed by anna at 10:42 …" while the record changed under the person's typing; empty otherwise. */
    public ReadOnlyStringProperty textProperty() {
        return notice.textProperty();
    }
}
