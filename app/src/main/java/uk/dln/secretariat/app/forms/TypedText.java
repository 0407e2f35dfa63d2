package uk.dln.secretariat.app.forms;

import java.util.List;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.Validator;

/**
 * Refuses, before anything is saved, text typed or pasted into a form that holds a character documents cannot carry
 * (the model's {@link Validator#plainText} rule). A form's text properties are named after its fields, so each
 * message lands under the control that holds the character.
 */
public final class TypedText {

    private TypedText() {
    }

    /** One problem for each field holding a refused character. */
    public static List<Problem> problems(StringProperty... fields) {
        var validator = new Validator();
        for (StringProperty field : fields) {
            validator.plainText(field.getName(), field.get());
        }
        return validator.problems();
    }

    /** @throws ValidationException listing each field holding a refused character */
    public static void check(StringProperty... fields) {
        var problems = problems(fields);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
