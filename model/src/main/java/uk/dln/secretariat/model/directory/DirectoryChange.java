package uk.dln.secretariat.model.directory;

import java.time.LocalDate;

/**
 * Something that changed in the network recently: someone took up or left a role.
 *
 * @param started true when the role began on {@code on}; false when it ended then
 */
public record DirectoryChange(LocalDate on, boolean started, MembershipView membership) {
}
