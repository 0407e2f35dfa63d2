package uk.dln.secretariat.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * The schema versions a workspace has and the app knows, read through Flyway from the migrations on the classpath:
 * a file's from {@link #MIGRATIONS}, a server's from {@link #SERVER_MIGRATIONS} (decision 0038).
 */
public final class SchemaVersions {

    static final String MIGRATIONS = "classpath:db/migration";
    public static final String SERVER_MIGRATIONS = "classpath:db/postgresql";

    private SchemaVersions() {
    }

    static Flyway flyway(DataSource dataSource) {
        return flyway(dataSource, MIGRATIONS);
    }

    /** Flyway over the given migrations, which must be there. */
    public static Flyway flyway(DataSource dataSource, String location) {
        return Flyway.configure(SchemaVersions.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Reads versions without writing anything: {@code info()} only queries the history table.
     *
     * @return the file's version ("0" for a new file), the app's latest, and whether the file is ahead of the app
     */
    static SchemaStatus read(DataSource readOnly) {
        return read(readOnly, MIGRATIONS);
    }

    /** As {@link #read(DataSource)}, against the given migrations. */
    public static SchemaStatus read(DataSource readOnly, String location) {
        MigrationInfoService info = flyway(readOnly, location).info();
        String fileVersion = info.current() == null ? "0" : info.current().getVersion().getVersion();
        String appVersion = "0";
        boolean newer = false;
        for (MigrationInfo migration : info.all()) {
            MigrationState state = migration.getState();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                newer = true;
            } else if (state.isResolved() && migration.getVersion() != null) {
                appVersion = migration.getVersion().getVersion();
            }
        }
        return new SchemaStatus(fileVersion, appVersion, newer);
    }

    public record SchemaStatus(String fileVersion, String appVersion, boolean fileIsNewer) {

        /** A file with records (not a new, empty one) that this app's migrations will change. */
        public boolean needsUpgrade() {
            return !fileIsNewer && !fileVersion.equals("0") && !fileVersion.equals(appVersion);
        }

        /** Anything for the migrations to do, even on a new file. */
        public boolean hasPendingMigrations() {
            return !fileIsNewer && !fileVersion.equals(appVersion);
        }
    }
}
