package uk.dln.secretariat.app.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Text typed into a field that could not be read (a date that does not exist): kept until it is corrected. */
    private final Map<String, Problem> refusedInput = new LinkedHashMap<>();

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

    /** Clears every message, and forgets refused input: the form is being filled afresh. */
    public void clear() {
        refusedInput.clear();
        clearMessages();
    }

    private void clearMessages() {
        byField.values().forEach(message -> message.set(""));
        general.set("");
    }

    /**
     * Shows each problem by its field; problems about fields this form does not have become general. Text refused
     * as it was typed keeps its own message, ahead of any other about the same field.
     */
    public void show(List<Problem> problems) {
        clearMessages();
        var all = new ArrayList<>(refusedInput.values());
        all.addAll(problems);
        var unplaced = new StringBuilder();
        for (Problem problem : all) {
            var target = byField.get(problem.field());
            if (target != null && target.get().isEmpty()) {
                target.set(Messages.of(problem));
            } else if (target == null) {
                unplaced.append(unplaced.isEmpty() ? "" : "\n").append(Messages.of(problem));
            }
        }
        general.set(unplaced.toString());
    }

    /**
     * Text typed into a field could not be read: its message shows until {@link #acceptInput} and every save is
     * refused meanwhile (see {@link #refusesInput()}), so the field is never quietly stored empty or adjusted.
     */
    public void refuseInput(Problem problem) {
        refusedInput.put(problem.field(), problem);
        wrapper(problem.field()).set(Messages.of(problem));
    }

    /** The field's text is readable again: its message goes at once. */
    public void acceptInput(String field) {
        if (refusedInput.remove(field) != null) {
            wrapper(field).set("");
        }
    }

    /** The problem with the text typed into {@code field}, if it was refused. */
    public Optional<Problem> refused(String field) {
        return Optional.ofNullable(refusedInput.get(field));
    }

    /** Whether some field holds text that could not be read; shows those messages again if so. */
    public boolean refusesInput() {
        if (refusedInput.isEmpty()) {
            return false;
        }
        show(List.of());
        return true;
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
