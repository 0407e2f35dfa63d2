package uk.dln.secretariat.model.actions;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * A dated note of progress on an action.
 *
 * @param authorId  the leader the update is about, the action's owner unless someone else gave it
 * @param writtenBy the person who wrote it down, as the computer knows them; empty for updates kept from before
 *                  this was recorded
 */
public record ActionUpdate(long id, long actionId, LocalDate writtenOn, long authorId, String writtenBy, String text) {

    public static final int TEXT_MAX = 4000;

    public ActionUpdate {
        text = text == null ? "" : text.strip();
        writtenBy = writtenBy == null ? "" : writtenBy.strip();
        new Validator()
                .check(actionId > 0, "action", "validation.required")
                .check(writtenOn != null, "writtenOn", "validation.required")
                .check(authorId > 0, "author", "validation.required")
                .required("text", text)
                .maxLength("text", text, TEXT_MAX)
                .throwIfInvalid();
    }

    /** An update whose writer is recorded when it is stored: the person using the app. */
    public ActionUpdate(long id, long actionId, LocalDate writtenOn, long authorId, String text) {
        this(id, actionId, writtenOn, authorId, "", text);
    }

    public ActionUpdate withId(long newId) {
        return new ActionUpdate(newId, actionId, writtenOn, authorId, writtenBy, text);
    }

    public ActionUpdate writtenBy(String name) {
        return new ActionUpdate(id, actionId, writtenOn, authorId, name, text);
    }
}
