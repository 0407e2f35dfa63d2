package uk.dln.secretariat.app.directory;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Declaration;

/** The "declare an interest" fields under a person. */
public final class DeclarationFormViewModel {

    private final StringProperty interest = new SimpleStringProperty(this, "interest", "");
    private final ObjectProperty<LocalDate> declaredOn = new SimpleObjectProperty<>(this, "declaredOn");
    private final FieldErrors errors = new FieldErrors("interest", "declaredOn");

    public void clear(LocalDate today) {
        interest.set("");
        declaredOn.set(today);
        errors.clear();
    }

    Declaration toDeclaration(long leaderId) {
        try {
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

    public FieldErrors errors() {
        return errors;
    }
}
