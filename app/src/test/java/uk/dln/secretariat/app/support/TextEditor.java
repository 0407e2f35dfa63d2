package uk.dln.secretariat.app.support;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.UnsavedChanges;

/** An editor of one text that stores into a list; a blank text is refused, as a form refuses a required field. */
public final class TextEditor implements UnsavedChanges {

    public final SimpleStringProperty text = new SimpleStringProperty("");
    public final List<String> stored = new ArrayList<>();
    private final ChangeTracker changes = new ChangeTracker(text::get, text);
    private final String name;

    public TextEditor(String name) {
        this.name = name;
    }

    @Override
    public ChangeTracker changes() {
        return changes;
    }

    @Override
    public String editorName() {
        return name;
    }

    @Override
    public void save(Runnable onSaved) {
        if (text.get().isBlank()) {
            return;
        }
        stored.add(text.get());
        changes.markSaved();
        onSaved.run();
    }

    @Override
    public void discard() {
        text.set(stored.isEmpty() ? "" : stored.get(stored.size() - 1));
        changes.markClean();
    }
}
