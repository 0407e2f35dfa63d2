package uk.dln.secretariat.app.core.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.persistence.WorkspaceData;

/** The reference list of government organisations, shipped inside the app: the directory's standard list. */
@UseCase
public final class ReferenceOrganisations {

    /** Where the list is, among the app's resources. */
    public static final String RESOURCE = "/uk/dln/secretariat/app/core/directory/organisations.csv";

    private final WorkspaceData workspace;

    public ReferenceOrganisations(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** Whether the list is worth offering: the workspace has no organisations yet (the first run, File > New). */
    public boolean workspaceHasNone() {
        return workspace.organisations().findAll().isEmpty();
    }

    /**
     * Adds the organisations from the reference list that the workspace does not have yet, known by their short name
     * or their name, so it may be run at any time and never adds one twice.
     *
     * @return the organisations added
     */
    public List<Organisation> loadMissing() {
        var existing = new HashSet<String>();
        var existingNames = new HashSet<String>();
        workspace.organisations().findAll().forEach(o -> {
            existing.add(o.shortName());
            existingNames.add(o.name().strip().toLowerCase(Locale.ROOT));
        });
        OrganisationCsvReader.Result result;
        try (InputStream in = Objects.requireNonNull(ReferenceOrganisations.class.getResourceAsStream(RESOURCE))) {
            result = new OrganisationCsvReader().read(in, existing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Organisations already present are expected on a second run; anything else means the shipped list is bad.
        boolean referenceIsBroken = result.problems().stream()
                .anyMatch(problem -> !problem.messageKey().equals("import.error.shortNameExists"));
        if (referenceIsBroken) {
            throw new SecretariatException("demo.error.reference");
        }
        var missing = result.rows().stream()
                .filter(row -> !existingNames.contains(row.name().strip().toLowerCase(Locale.ROOT))).toList();
        return workspace.organisations().importRows(missing);
    }
}
