package uk.dln.secretariat.app.changes;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * "Changed by anna at 10:42 …" over an editor whose record someone else changed while the person was typing it
 * (decision 0046). Said only while the editor holds typing; gone once it is saved, discarded or replaced, since the
 * form then shows a stored record again.
 */
public final class ChangedByOthersNotice {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final ChangeTracker changes;
    private final Clock clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    public ChangedByOthersNotice(ChangeTracker changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
        changes.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                text.set("");
            }
        });
    }

    /** Says so if the record the editor holds ({@code table}, {@code id}; 0 for a new one) is among those changed. */
    public void check(ChangedRecords changed, String table, long id) {
        if (id == 0 || !changes.isDirty()) {
            return;
        }
        changed.latest(table, id).ifPresent(change -> text.set(Messages.get("changes.byOthers.notice",
                change.changedBy(), HOURS_MINUTES.format(changed.seenAt().atZone(clock.getZone())))));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
