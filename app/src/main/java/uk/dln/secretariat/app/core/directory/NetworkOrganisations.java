package uk.dln.secretariat.app.core.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationRow;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The organisations of the network: what the directory's organisations screen reads, stores, deletes and imports.
 * A change claims the version the organisation was read at (decision 0038).
 */
@UseCase
public final class NetworkOrganisations {

    private final WorkspaceData workspace;

    public NetworkOrganisations(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** Every organisation, by name, with the name of the Digital Leader of each that has one on a day. */
    public record Listing(List<Organisation> organisations, Map<Long, String> digitalLeaders) {
    }

    public Listing on(LocalDate day) {
        return new Listing(workspace.organisations().findAll(), workspace.memberships().digitalLeadersOn(day));
    }

    /** Whether the workspace holds no organisation yet (a new workspace, offered the reference list). */
    public boolean none() {
        return workspace.organisations().findAll().isEmpty();
    }

    /** The short names already taken, so an import can tell new organisations from updates. */
    public Set<String> shortNames() {
        return workspace.organisations().findAll().stream().map(Organisation::shortName)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Who led an organisation, newest first. */
    public List<MembershipView> leadersOf(long organisationId) {
        return workspace.memberships().forOrganisation(organisationId);
    }

    /** Stores a new organisation or the changes to one, as stored at its new version. */
    public Organisation save(Organisation organisation) {
        return workspace.organisations().save(organisation);
    }

    /** Deletes an organisation nothing refers to, as it was read. */
    public void delete(Organisation organisation) {
        workspace.organisations().delete(organisation.id(), organisation.version());
    }

    /** Stores imported rows, all or none. */
    public List<Organisation> importRows(List<OrganisationRow> rows) {
        return workspace.organisations().importRows(rows);
    }
}
