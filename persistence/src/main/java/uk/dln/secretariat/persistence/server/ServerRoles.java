package uk.dln.secretariat.persistence.server;

import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Gives a person a role in a shared workspace (decision 0038, "Roles"): makes their login role when the server has
 * none of that name, makes it a member of the workspace's own group role for that role, lets it connect to the workspace's database, and
 * for a coordinator records the organisation they answer for. No password is set: the server's administrator sets
 * one, or the server trusts the person's operating-system login.
 */
public final class ServerRoles {

    /** Names as people and the address form write them; anything else would need quoting everywhere. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.\\-]{0,62}");

    private ServerRoles() {
    }

    /**
     * @param organisation the short name of the coordinator's organisation; only for {@link ServerRole#COORDINATOR}
     * @return whether the login role was made (rather than found)
     * @throws SecretariatException when the name is not a role name, the organisation is missing or unknown, or the
     *                              user connected is not allowed to make roles; nothing is changed then
     */
    public static boolean grant(ServerAddress address, ServerRole role, String name, String organisation,
                                Clock clock) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SecretariatException("admin.error.roleName", name);
        }
        boolean coordinator = role == ServerRole.COORDINATOR;
        if (coordinator != (organisation != null)) {
            throw new SecretariatException(coordinator ? "admin.error.organisationNeeded"
                    : "admin.error.organisationOnlyForCoordinator");
        }
        try (var workspace = ServerWorkspace.open(address, clock)) {
            return workspace.dsl().transactionResult(transaction -> grant(transaction.dsl(), address, role, name,
                    organisation));
        }
    }

    private static boolean grant(DSLContext tx, ServerAddress address, ServerRole role, String name,
                                 String organisation) {
        Boolean mayMakeRoles = tx.select(DSL.field("rolsuper OR rolcreaterole", Boolean.class)).from("pg_roles")
                .where("rolname = current_user").fetchOne(0, Boolean.class);
        if (!Boolean.TRUE.equals(mayMakeRoles)) {
            throw new SecretariatException("admin.error.cannotCreateRoles", address.user());
        }
        Long organisationId = null;
        if (organisation != null) {
            organisationId = tx.select(ORGANISATION.ID).from(ORGANISATION)
                    .where(DSL.lower(ORGANISATION.SHORT_NAME).eq(organisation.strip().toLowerCase(Locale.ROOT)))
                    .fetchOne(ORGANISATION.ID);
            if (organisationId == null) {
                throw new SecretariatException("admin.error.unknownOrganisation", organisation);
            }
        }
        boolean exists = tx.fetchExists(DSL.selectOne().from("pg_roles").where(DSL.field("rolname").eq(name)));
        if (!exists) {
            tx.execute("CREATE ROLE {0} LOGIN", DSL.name(name));
        }
        long workspace = tx.select(DSL.field("oid::bigint", Long.class)).from("pg_database")
                .where("datname = current_database()").fetchOne(0, Long.class);
        tx.execute("GRANT {0} TO {1}", DSL.name(role.groupRole(workspace)), DSL.name(name));
        // Role names are the whole server's: connecting is granted per database, in case the administrator has
        // taken it from everyone (REVOKE CONNECT ... FROM PUBLIC) to keep workspaces apart.
        tx.execute("GRANT CONNECT ON DATABASE {0} TO {1}", DSL.name(address.database()), DSL.name(name));
        if (organisationId != null) {
            tx.execute("INSERT INTO server_member (role_name, organisation_id) VALUES ({0}, {1}) ON CONFLICT DO NOTHING",
                    DSL.val(name), DSL.val(organisationId));
        }
        return !exists;
    }
}
