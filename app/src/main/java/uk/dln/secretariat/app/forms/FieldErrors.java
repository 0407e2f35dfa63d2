package uk.dln.secretariat.app.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.Problem;

/**
 * The inline messages of a form, one per field, filled from the model's {@link Problem}s so that a rule and its
 * message live in one place. A form view shows each message under its control.
 */
public final class FieldErrors {

    private final Map<String, ReadOnlyStringWrapper> byField = new HashMap<>();
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper(this, "general", "");

    public FieldErrors(String... fields) {
        for (String field : fields) {
            byField.put(field, new ReadOnlyStringWrapper(this, field, ""));
        }
    }

    /** The message for one field, empty when the field is fine. */
    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    /** A message not about any one field, e.g. a file that could not be written. */
    public ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    public void clear() {
        byField.values().forEach(message -> message.set(""));
        general.set("");
    }

    /** Shows each problem by its field; problems about fields this form does not have become general. */
    public void show(List<Problem> problems) {
        clear();
        var unplaced = new StringBuilder();
        for (Problem problem : problems) {
            var target = byField.get(problem.field());
            if (target != null && target.get().isEmpty()) {
                target.set(Messages.of(problem));
            } else if (target == null) {
                unplaced.append(unplaced.isEmpty() ? "" : "\n").append(Messages.of(problem));
            }
        }
        general.set(unplaced.toString());
    }

    public void showGeneral(String message) {
        general.set(message);
    }

    public BooleanBinding anyProperty() {
        var all = byField.values().stream().map(ReadOnlyStringWrapper::getReadOnlyProperty)
                .toArray(ReadOnlyStringProperty[]::new);
        return Bindings.createBooleanBinding(
                () -> byField.values().stream().anyMatch(m -> !m.get().isEmpty()) || !general.get().isEmpty(), all);
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        var wrapper = byField.get(field);
        if (wrapper == null) {
            throw new IllegalArgumentException("This form has no field " + field);
        }
        return wrapper;
    }
}
