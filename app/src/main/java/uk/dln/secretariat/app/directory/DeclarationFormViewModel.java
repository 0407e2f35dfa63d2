package uk.dln.secretariat.app.directory;

import java.util.Arrays;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.app.forms.TypedText;

/** The "declare an interest" fields under a person. */
public final class DeclarationFormViewModel {

    private final StringProperty interest = new SimpleStringProperty(this, "interest", "");
    private final ObjectProperty<LocalDate> declaredOn = new SimpleObjectProperty<>(this, "declaredOn");
    private final FieldErrors errors = new FieldErrors("interest", "declaredOn");
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(interest.get(), declaredOn.get()),
            interest, declaredOn);

    public void clear(LocalDate today) {
        interest.set("");
        declaredOn.set(today);
        errors.clear();
        changes.markClean();
    }

    Declaration toDeclaration(long leaderId) {
        try {
            TypedText.check(interest);
            var declaration = new Declaration(0, leaderId, interest.get(), declaredOn.get(), true);
            return errors.refusesInput() ? null : declaration;
        } catch (ValidationException e) {
            errors.show(e.problems());
            return null;
        }
    }

    public StringProperty interestProperty() {
        return interest;
    }

    public ObjectProperty<LocalDate> declaredOnProperty() {
        return declaredOn;
    }

    /** Whether the fields differ from what was last loaded or saved. */
    public ChangeTracker changes() {
        return changes;
    }

    public FieldErrors errors() {
        return errors;
    }
}
