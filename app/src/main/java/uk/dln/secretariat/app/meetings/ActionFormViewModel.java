package uk.dln.secretariat.app.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.app.forms.TypedText;

/** The "raise an action" form under a minuted item: what, who, for which organisation, by when. */
public final class ActionFormViewModel {

    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<Leader> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>(this, "organisation");
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>(this, "dueOn");
    private final FieldErrors errors = new FieldErrors("description", "owner", "organisation", "dueOn");
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(description.get(), owner.get(), organisation.get(), dueOn.get()),
            description, owner, organisation, dueOn);

    /** Clears the form, due by default a month after the meeting. */
    public void clear(Meeting meeting) {
        description.set("");
        owner.set(null);
        organisation.set(null);
        dueOn.set(meeting == null ? null : meeting.date().plusMonths(1));
        errors.clear();
        changes.markClean();
    }

    /** Whether an action is being written and not yet raised. */
    public ChangeTracker changes() {
        return changes;
    }

    /** The action the fields describe, raised at the meeting's item, or null with the problems shown. */
    Action toAction(Meeting meeting, Long itemId) {
        try {
            TypedText.check(description);
            var action = Action.raise(description.get(), owner.get() == null ? 0 : owner.get().id(),
                    organisation.get() == null ? 0 : organisation.get().id(), meeting.id(), itemId, meeting.date(),
                    dueOn.get());
            return errors.refusesInput() ? null : action;
        } catch (ValidationException e) {
            errors.show(e.problems());
            return null;
        }
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Leader> ownerProperty() {
        return owner;
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public FieldErrors errors() {
        return errors;
    }
}
