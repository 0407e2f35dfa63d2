package uk.dln.secretariat.model.directory;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * A leader's role at an organisation from one date to another; open-ended while it lasts. A leader's memberships
 * are their history, and an organisation's are the history of who led it.
 *
 * @param id      0 until stored
 * @param validTo the last day in the role, or null while it continues
 * @param version the stored version it was read at (decision 0038): a save or delete claims it; 0 for a new one
 */
public record Membership(long id, long leaderId, long organisationId, NetworkRole role, LocalDate validFrom,
                         LocalDate validTo, long version) {

    public Membership {
        new Validator()
                .check(leaderId > 0, "leader", "validation.required")
                .check(organisationId > 0, "organisation", "validation.required")
                .check(role != null, "role", "validation.required")
                .check(validFrom != null, "validFrom", "validation.required")
                .check(validFrom == null || validTo == null || !validTo.isBefore(validFrom), "validTo",
                        "membership.error.endBeforeStart", validTo, validFrom)
                .throwIfInvalid();
    }

    /** A membership not read from a workspace, so at the version a new record starts at. */
    public Membership(long id, long leaderId, long organisationId, NetworkRole role, LocalDate validFrom,
                      LocalDate validTo) {
        this(id, leaderId, organisationId, role, validFrom, validTo, 0);
    }

    public boolean isCurrentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(Membership other) {
        LocalDate thisEnd = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(thisEnd);
    }

    public Membership withId(long newId) {
        return new Membership(newId, leaderId, organisationId, role, validFrom, validTo, version);
    }

    /** The same membership as stored at a newer version, after a save. */
    public Membership atVersion(long newVersion) {
        return new Membership(id, leaderId, organisationId, role, validFrom, validTo, newVersion);
    }

    public Membership endingOn(LocalDate day) {
        return new Membership(id, leaderId, organisationId, role, validFrom, day, version);
    }
}
