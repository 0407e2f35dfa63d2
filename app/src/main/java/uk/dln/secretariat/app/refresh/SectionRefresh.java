package uk.dln.secretariat.app.refresh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.core.shared.ChangeDelivery;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.shell.Section;

/**
 * Has each section read its records again when someone else changed them (decision 0046). The section in front does
 * so at once; one behind it when it is next shown, so thirty coordinators' work never has hidden sections reading in
 * the background. A section whose editors hold unsaved typing waits until they are saved or discarded, so a reload
 * never writes over what the person typed; a section that protects its own editors (Actions) is told straight away.
 */
public final class SectionRefresh {

    private final ChangeDelivery delivery;
    private final ObservableValue<Section> showing;

    public SectionRefresh(ChangeDelivery delivery, ObservableValue<Section> showing) {
        this.delivery = delivery;
        this.showing = showing;
    }

    /** Reads the section again when its tables changed, once its editors have nothing unsaved. */
    public void reload(Section section, ChangeGuard editors, Runnable reload) {
        tell(section, editors, changes -> reload.run());
    }

    /** As {@link #reload(Section, ChangeGuard, Runnable)}, for a section without editors. */
    public void reload(Section section, Runnable reload) {
        tell(section, null, changes -> reload.run());
    }

    /**
     * Tells the section which of its records changed, when it is showing; it keeps its own editors' typing (and says
     * the record changed) while it reads the rest again.
     */
    public void tell(Section section, Consumer<ChangedRecords> told) {
        tell(section, null, told);
    }

    private void tell(Section section, ChangeGuard editors, Consumer<ChangedRecords> told) {
        var waiting = new Waiting(section, editors, told);
        delivery.listen(SectionTables.of(section), waiting::arrived);
        showing.addListener((obs, old, now) -> waiting.tryNow());
        if (editors != null) {
            editors.dirtyProperty().addListener((obs, was, dirty) -> waiting.tryNow());
        }
    }

    /** Changes a section has not been told of yet, gathered until it can be. */
    private final class Waiting {
        private final Section section;
        private final ChangeGuard editors;
        private final Consumer<ChangedRecords> told;
        private ChangedRecords gathered;

        Waiting(Section section, ChangeGuard editors, Consumer<ChangedRecords> told) {
            this.section = section;
            this.editors = editors;
            this.told = told;
        }

        void arrived(ChangedRecords changes) {
            if (gathered == null) {
                gathered = changes;
            } else {
                var all = new ArrayList<>(gathered.changes());
                all.addAll(changes.changes());
                gathered = new ChangedRecords(all, latest(gathered.seenAt(), changes.seenAt()));
            }
            tryNow();
        }

        void tryNow() {
            if (gathered == null || showing.getValue() != section || (editors != null && editors.isDirty())) {
                return;
            }
            ChangedRecords changes = gathered;
            gathered = null;
            told.accept(changes);
        }

        private static Instant latest(Instant one, Instant other) {
            return one.isAfter(other) ? one : other;
        }
    }
}
