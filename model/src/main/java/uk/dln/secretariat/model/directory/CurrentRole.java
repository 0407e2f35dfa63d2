package uk.dln.secretariat.model.directory;

/** A leader with the role they hold today, for the directory's list of people. Role fields are null for none. */
public record CurrentRole(Leader leader, NetworkRole role, String organisationName, String organisationShortName) {
}
