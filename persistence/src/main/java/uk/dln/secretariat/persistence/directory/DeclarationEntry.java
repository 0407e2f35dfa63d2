package uk.dln.secretariat.persistence.directory;

import uk.dln.secretariat.model.directory.Declaration;

/** A line of the register of interests: a declaration with the declaring leader's name, read in one query. */
public record DeclarationEntry(Declaration declaration, String leaderName) {
}
