package uk.dln.secretariat.model.actions;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * A dated note of progress on an action.
 *
 * @param authorId the leader who gave the update
 */
public record ActionUpdate(long id, long actionId, LocalDate writtenOn, long authorId, String text) {

    public static final int TEXT_MAX = 4000;

    public ActionUpdate {
        text = text == null ? "" : text.strip();
        new Validator()
                .check(actionId > 0, "action", "validation.required")
                .check(writtenOn != null, "writtenOn", "validation.required")
                .check(authorId > 0, "author", "validation.required")
                .required("text", text)
                .maxLength("text", text, TEXT_MAX)
                .throwIfInvalid();
    }

    public ActionUpdate withId(long newId) {
        return new ActionUpdate(newId, actionId, writtenOn, authorId, text);
    }
}
