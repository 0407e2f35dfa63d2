package uk.dln.secretariat.app.core.directory;

import java.time.LocalDate;
import java.util.List;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The people of the network, the roles they hold where, and the interests they declare: what the directory's people
 * screen reads and changes. Every change claims the version it was read at (decision 0038), so a person, role or
 * declaration someone else changed since is refused rather than overwritten.
 */
@UseCase
public final class PeopleInRoles {

    private final WorkspaceData workspace;

    public PeopleInRoles(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** Everyone with the role they hold on a day, and the organisations a role may be given at. */
    public record People(List<CurrentRole> roles, List<Organisation> organisations) {
    }

    /** A person's roles over time, newest first, and their declarations. */
    public record PersonRecord(List<MembershipView> roles, List<Declaration> declarations) {
    }

    public People on(LocalDate day) {
        return new People(workspace.leaders().findAllWithRoleOn(day), workspace.organisations().findAll());
    }

    public PersonRecord recordOf(long leaderId) {
        return new PersonRecord(workspace.memberships().forLeader(leaderId),
                workspace.declarations().forLeader(leaderId));
    }

    /** Stores a new person or the changes to one, as stored at its new version. */
    public Leader save(Leader leader) {
        return workspace.leaders().save(leader);
    }

    /** Deletes a person entered by mistake, with their roles and declarations, as they were read. */
    public void delete(Leader leader) {
        workspace.leaders().delete(leader.id(), leader.version());
    }

    /** Gives a person a role. */
    public Membership giveRole(Membership membership) {
        return workspace.memberships().save(membership);
    }

    /** Ends a current role on {@code day}, or on its first day if it only begins after it. */
    public Membership endRole(Membership membership, LocalDate day) {
        LocalDate end = day.isBefore(membership.validFrom()) ? membership.validFrom() : day;
        return workspace.memberships().save(membership.endingOn(end));
    }

    /** Records a new declaration of interest. */
    public Declaration declare(Declaration declaration) {
        return workspace.declarations().save(declaration);
    }

    /** Marks a declaration as no longer current; it stays in the register. */
    public Declaration withdraw(Declaration declaration) {
        return workspace.declarations().save(new Declaration(declaration.id(), declaration.leaderId(),
                declaration.interest(), declaration.declaredOn(), false, declaration.version()));
    }
}
