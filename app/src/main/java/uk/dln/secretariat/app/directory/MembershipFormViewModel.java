package uk.dln.secretariat.app.directory;

import java.util.Arrays;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;

/** The "add a role" fields under a person: where, which role, from and (optionally) to. */
public final class MembershipFormViewModel {

    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>(this, "organisation");
    private final ObjectProperty<NetworkRole> role = new SimpleObjectProperty<>(this, "role",
            NetworkRole.DIGITAL_LEADER);
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>(this, "validTo");
    private final FieldErrors errors = new FieldErrors("organisation", "role", "validFrom", "validTo");
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(organisation.get(), role.get(), validFrom.get(), validTo.get()),
            organisation, role, validFrom, validTo);

    public void clear(LocalDate today) {
        organisation.set(null);
        role.set(NetworkRole.DIGITAL_LEADER);
        validFrom.set(today);
        validTo.set(null);
        errors.clear();
        changes.markClean();
    }

    /** The membership described for {@code leaderId}, or null with the problems shown. */
    Membership toMembership(long leaderId) {
        try {
            Organisation chosen = organisation.get();
            var membership = new Membership(0, leaderId, chosen == null ? 0 : chosen.id(), role.get(),
                    validFrom.get(), validTo.get());
            // A "to" date typed as 31/04 is refused, never stored as an open-ended role.
            return errors.refusesInput() ? null : membership;
        } catch (ValidationException e) {
            errors.show(e.problems());
            return null;
        }
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<NetworkRole> roleProperty() {
        return role;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }

    /** Whether the fields differ from what was last loaded or saved. */
    public ChangeTracker changes() {
        return changes;
    }

    public FieldErrors errors() {
        return errors;
    }
}
