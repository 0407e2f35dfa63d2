package uk.dln.secretariat.app.directory;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.app.forms.TypedText;

/** The person form's fields and their messages. */
public final class LeaderFormViewModel {

    private long editingId;
    /** The version of the person the form was filled from: the save claims it (decision 0038). */
    private long editingVersion;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty jobTitle = new SimpleStringProperty(this, "jobTitle", "");
    private final StringProperty grade = new SimpleStringProperty(this, "grade", "");
    private final BooleanProperty boardMember = new SimpleBooleanProperty(this, "boardMember");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(this, "editingExisting");
    private final FieldErrors errors = new FieldErrors("name", "jobTitle", "grade", "email", "phone");
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(name.get(), jobTitle.get(), grade.get(), boardMember.get(), email.get(), phone.get()),
            name, jobTitle, grade, boardMember, email, phone);

    public void edit(Leader leader) {
        editingId = leader.id();
        editingVersion = leader.version();
        name.set(leader.name());
        jobTitle.set(leader.jobTitle());
        grade.set(leader.grade());
        boardMember.set(leader.boardMember());
        email.set(leader.email());
        phone.set(leader.phone());
        editingExisting.set(true);
        errors.clear();
        changes.markClean();
    }

    public void clear() {
        editingId = 0;
        editingVersion = 0;
        name.set("");
        jobTitle.set("");
        grade.set("");
        boardMember.set(false);
        email.set("");
        phone.set("");
        editingExisting.set(false);
        errors.clear();
        changes.markClean();
    }

    /** The person the fields describe, or null with the problems shown on the fields. */
    Leader toLeader() {
        try {
            TypedText.check(name, jobTitle, grade, email, phone);
            return new Leader(editingId, name.get(), jobTitle.get(), grade.get(), boardMember.get(), email.get(),
                    phone.get(), editingVersion);
        } catch (ValidationException e) {
            errors.show(e.problems());
            return null;
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty gradeProperty() {
        return grade;
    }

    public BooleanProperty boardMemberProperty() {
        return boardMember;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }

    long editingId() {
        return editingId;
    }

    /** Whether the fields differ from what was last loaded or saved. */
    public ChangeTracker changes() {
        return changes;
    }

    public FieldErrors errors() {
        return errors;
    }
}
