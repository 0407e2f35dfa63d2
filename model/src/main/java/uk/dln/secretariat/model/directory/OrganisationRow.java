package uk.dln.secretariat.model.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * One line of an organisations file, before it is stored. The parent is named by short name, since a file cannot
 * know ids; it may be an organisation already in the workspace or another line of the same file.
 *
 * @param line            the line number in the file, for messages
 * @param parentShortName empty when the organisation has no parent
 */
public record OrganisationRow(int line, String name, String shortName, OrganisationKind kind,
                              String parentShortName, boolean member, String notes) {

    public OrganisationRow {
        parentShortName = parentShortName == null ? "" : parentShortName.strip();
    }

    public boolean hasParent() {
        return !parentShortName.isEmpty();
    }

    /**
     * Everything wrong with this line on its own, given the short names that exist (in the workspace or the file),
     * with the line number as the first argument of each message.
     */
    public List<Problem> problems(Set<String> knownShortNamesLowerCase) {
        var problems = new ArrayList<Problem>();
        try {
            toOrganisation(hasParent() ? 1L : null);
        } catch (ValidationException e) {
            e.problems().forEach(p -> problems.add(onLine(p)));
        }
        if (hasParent() && !knownShortNamesLowerCase.contains(parentShortName.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of("parent", "import.error.unknownParent", line, parentShortName));
        }
        if (hasParent() && parentShortName.equalsIgnoreCase(shortName == null ? "" : shortName.strip())) {
            problems.add(Problem.of("parent", "import.error.ownParent", line));
        }
        return problems;
    }

    /** The organisation this line describes, under the given parent. */
    public Organisation toOrganisation(Long parentId) {
        return new Organisation(0, name, shortName, kind, parentId, member, notes);
    }

    /** The field's own message, placed on this line and naming the column. */
    private Problem onLine(Problem problem) {
        return Problem.of(problem.field(), "import.error.field", line, columnName(problem.field()), problem);
    }

    private static Problem columnName(String field) {
        String key = switch (field) {
            case "name" -> "organisation.field.name";
            case "shortName" -> "organisation.field.shortName";
            case "kind" -> "organisation.field.kind";
            case "parent" -> "organisation.field.parent";
            default -> "organisation.field.notes";
        };
        return Problem.of(field, key);
    }
}
