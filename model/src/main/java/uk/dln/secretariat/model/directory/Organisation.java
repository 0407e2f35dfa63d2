package uk.dln.secretariat.model.directory;

import uk.dln.secretariat.model.Validator;

/**
 * A department, devolved administration, agency or central unit.
 *
 * @param id        0 until stored
 * @param parentId  the department an agency belongs to; null for none
 * @param member    whether it is a member of the network (and so should have a Digital Leader)
 * @param version   the stored version it was read at (decision 0038): a save claims it; 0 for a new one
 */
public record Organisation(long id, String name, String shortName, OrganisationKind kind, Long parentId,
                           boolean member, String notes, long version) {

    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 40;
    public static final int NOTES_MAX = 4000;

    public Organisation {
        name = name == null ? "" : name.strip();
        shortName = shortName == null ? "" : shortName.strip();
        notes = notes == null ? "" : notes.strip();
        new Validator()
                .required("name", name)
                .maxLength("name", name, NAME_MAX)
                .required("shortName", shortName)
                .maxLength("shortName", shortName, SHORT_NAME_MAX)
                .check(kind != null, "kind", "validation.required")
                .check(kind == null || !kind.needsParent() || parentId != null, "parent",
                        "organisation.error.agencyNeedsParent")
                .check(parentId == null || id == 0 || parentId != id, "parent", "organisation.error.ownParent")
                .maxLength("notes", notes, NOTES_MAX)
                .throwIfInvalid();
    }

    /** An organisation not read from a workspace, so at the version a new record starts at. */
    public Organisation(long id, String name, String shortName, OrganisationKind kind, Long parentId, boolean member,
                        String notes) {
        this(id, name, shortName, kind, parentId, member, notes, 0);
    }

    public static Organisation create(String name, String shortName, OrganisationKind kind) {
        return new Organisation(0, name, shortName, kind, null, true, "");
    }

    public boolean isStored() {
        return id != 0;
    }

    public Organisation withId(long newId) {
        return new Organisation(newId, name, shortName, kind, parentId, member, notes, version);
    }

    public Organisation withParent(Long newParentId) {
        return new Organisation(id, name, shortName, kind, newParentId, member, notes, version);
    }

    /** The same organisation as stored at a newer version, after a save. */
    public Organisation atVersion(long newVersion) {
        return new Organisation(id, name, shortName, kind, parentId, member, notes, newVersion);
    }
}
