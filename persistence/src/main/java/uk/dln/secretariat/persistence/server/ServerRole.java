package uk.dln.secretariat.persistence.server;

/**
 * What someone may do in a shared workspace, enforced by the server itself (decision 0038, "Roles"): each is a
 * database group role made by the server's migrations, granted to people's own login roles.
 */
public enum ServerRole {
    /** Reads and changes everything. */
    SECRETARIAT("secretariat_secretariat"),
    /** Reads the network's records; changes only their own organisation's actions, roadmap parts and ratings. */
    COORDINATOR("secretariat_coordinator"),
    /** Reads only. */
    READER("secretariat_reader");

    private final String groupRole;

    ServerRole(String groupRole) {
        this.groupRole = groupRole;
    }

    /**
     * The database role people are made members of in one workspace. Role names are the server's, shared by its
     * databases, so each workspace has its own, named for its database's identifier (V5).
     *
     * @param workspace the workspace's database's identifier on the server ({@code pg_database.oid})
     */
    public String groupRole(long workspace) {
        return groupRole + "_" + workspace;
    }
}
