package uk.dln.secretariat.app.directory;

import java.util.Locale;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.Organisation;

/**
 * An organisation as the directory lists it: placed in its hierarchy, with its parent's short name and its current
 * Digital Leader.
 *
 * @param depth         0 for a department, 1 for its agencies, and so on
 * @param digitalLeader the current Digital Leader's name, empty when there is none
 */
public record OrganisationItem(Organisation organisation, int depth, String parentShortName, String digitalLeader) {

    /** The name indented under its parent, so the hierarchy shows in a flat, filterable table. */
    public String indentedName() {
        return depth == 0 ? organisation.name() : "    ".repeat(depth) + "\u2514 " + organisation.name();
    }

    public String kindLabel() {
        return Messages.get(organisation.kind().messageKey());
    }

    /** Words shown in the Digital Leader column: a gap says so in words, not only by colour. */
    public String digitalLeaderLabel() {
        if (!digitalLeader.isEmpty()) {
            return digitalLeader;
        }
        return organisation.member() ? Messages.get("directory.organisations.noLeader") : "";
    }

    public String memberLabel() {
        return Messages.get(organisation.member() ? "directory.yes" : "directory.no");
    }

    boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return organisation.name().toLowerCase(Locale.ROOT).contains(wanted)
                || organisation.shortName().toLowerCase(Locale.ROOT).contains(wanted)
                || digitalLeader.toLowerCase(Locale.ROOT).contains(wanted)
                || kindLabel().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
