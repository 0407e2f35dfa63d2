package uk.dln.secretariat.model.directory;

/**
 * A membership with the names a person reads, for history lists shown from either side.
 */
public record MembershipView(Membership membership, String leaderName, String organisationName,
                             String organisationShortName) {
}
