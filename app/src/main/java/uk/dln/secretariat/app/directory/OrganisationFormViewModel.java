package uk.dln.secretariat.app.directory;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.app.forms.TypedText;

/** The organisation form's fields and their messages; turns them into an {@link Organisation} or problems. */
public final class OrganisationFormViewModel {

    private long editingId;
    /** The version of the organisation the form was filled from: the save claims it (decision 0038). */
    private long editingVersion;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty shortName = new SimpleStringProperty(this, "shortName", "");
    private final ObjectProperty<OrganisationKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Organisation> parent = new SimpleObjectProperty<>(this, "parent");
    private final BooleanProperty member = new SimpleBooleanProperty(this, "member", true);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(this, "editingExisting");
    private final FieldErrors errors = new FieldErrors("name", "shortName", "kind", "parent", "notes");
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(name.get(), shortName.get(), kind.get(), parent.get(), member.get(), notes.get()),
            name, shortName, kind, parent, member, notes);

    public void edit(Organisation organisation, Organisation parentOrganisation) {
        editingId = organisation.id();
        editingVersion = organisation.version();
        name.set(organisation.name());
        shortName.set(organisation.shortName());
        kind.set(organisation.kind());
        parent.set(parentOrganisation);
        member.set(organisation.member());
        notes.set(organisation.notes());
        editingExisting.set(true);
        errors.clear();
        changes.markClean();
    }

    public void clear() {
        editingId = 0;
        editingVersion = 0;
        name.set("");
        shortName.set("");
        kind.set(OrganisationKind.MINISTERIAL_DEPARTMENT);
        parent.set(null);
        member.set(true);
        notes.set("");
        editingExisting.set(false);
        errors.clear();
        changes.markClean();
    }

    /** The organisation the fields describe, or null with the problems shown on the fields. */
    Organisation toOrganisation() {
        try {
            TypedText.check(name, shortName, notes);
            Organisation chosenParent = parent.get();
            return new Organisation(editingId, name.get(), shortName.get(), kind.get(),
                    chosenParent == null ? null : chosenParent.id(), member.get(), notes.get(), editingVersion);
        } catch (ValidationException e) {
            errors.show(e.problems());
            return null;
        }
    }

    long editingId() {
        return editingId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObjectProperty<OrganisationKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Organisation> parentProperty() {
        return parent;
    }

    public BooleanProperty memberProperty() {
        return member;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }

    /** Whether the fields differ from what was last loaded or saved. */
    public ChangeTracker changes() {
        return changes;
    }

    public FieldErrors errors() {
        return errors;
    }
}
