package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.directory.DeclarationRepository;
import uk.dln.secretariat.persistence.directory.LeaderRepository;
import uk.dln.secretariat.persistence.directory.MembershipRepository;
import uk.dln.secretariat.persistence.directory.OrganisationRepository;
import uk.dln.secretariat.persistence.roadmaps.Roadmaps;
import uk.dln.secretariat.persistence.settings.SettingsRepository;
import uk.dln.secretariat.persistence.actions.ActionRepository;
import uk.dln.secretariat.persistence.meetings.AgendaRepository;
import uk.dln.secretariat.persistence.meetings.AttendanceRepository;
import uk.dln.secretariat.persistence.meetings.MeetingRepository;
import uk.dln.secretariat.persistence.meetings.PaperFileRepository;

/**
 * One open workspace file and the repositories over it. All repositories share one {@link DSLContext}, built here
 * once and never changed. Opening refuses, without writing a byte, a file that is not a workspace or whose schema
 * is newer than this version of the app.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path file;
    private final DSLContext dsl;
    private final SettingsRepository settings;
    private final OrganisationRepository organisations;
    private final LeaderRepository leaders;
    private final MembershipRepository memberships;
    private final DeclarationRepository declarations;
    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final AttendanceRepository attendance;
    private final PaperFileRepository papers;
    private final ActionRepository actions;
    private final Roadmaps roadmaps;

    private Workspace(Path file, DataSource dataSource, Clock clock) {
        this.file = file;
        this.dsl = DSL.using(dataSource, SQLDialect.SQLITE, new Settings().withExecuteLogging(false));
        this.settings = new SettingsRepository(dsl);
        this.organisations = new OrganisationRepository(dsl, clock);
        this.leaders = new LeaderRepository(dsl, clock);
        this.memberships = new MembershipRepository(dsl, clock);
        this.declarations = new DeclarationRepository(dsl, clock);
        this.meetings = new MeetingRepository(dsl, clock);
        this.agenda = new AgendaRepository(dsl, clock);
        this.attendance = new AttendanceRepository(dsl, clock);
        this.papers = new PaperFileRepository(dsl, clock);
        this.actions = new ActionRepository(dsl, clock);
        this.roadmaps = new Roadmaps(dsl, clock);
    }

    /**
     * Opens the file, creating it (and its folder) if it does not exist, and brings its schema up to date.
     *
     * @throws SecretariatException with a message for the user when the file cannot be used
     */
    public static Workspace open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that stamps changes (tests fix it). */
    public static Workspace open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            WorkspaceInspector.refuseUnusable(absolute);
        } else {
            createParentFolder(absolute);
        }
        DataSource dataSource = WorkspaceFile.readWrite(absolute);
        try {
            var result = SchemaVersions.flyway(dataSource).migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", absolute, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw WorkspaceErrors.translate(absolute, e);
        }
        LOG.info("Opened workspace {}", absolute);
        return new Workspace(absolute, dataSource, clock);
    }

    /** Reads the file's health without changing it: see {@link WorkspaceInspector#check(Path)}. */
    public static WorkspaceHealth check(Path file) {
        return WorkspaceInspector.check(file.toAbsolutePath().normalize());
    }

    public Path file() {
        return file;
    }

    /** For tests in this package that check what the shared context does. */
    DSLContext dsl() {
        return dsl;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public OrganisationRepository organisations() {
        return organisations;
    }

    public LeaderRepository leaders() {
        return leaders;
    }

    public MembershipRepository memberships() {
        return memberships;
    }

    public DeclarationRepository declarations() {
        return declarations;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public AgendaRepository agenda() {
        return agenda;
    }

    public AttendanceRepository attendance() {
        return attendance;
    }

    public PaperFileRepository papers() {
        return papers;
    }

    public ActionRepository actions() {
        return actions;
    }

    public Roadmaps roadmaps() {
        return roadmaps;
    }

    @Override
    public void close() {
        LOG.info("Closed workspace {}", file);
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new SecretariatException(e, "workspace.error.createFolder", file.getParent(), e.getMessage());
        }
    }

    /** SQLite's own message is technical; callers get ours and the log keeps SQLite's. */
    static SQLException rootSqlException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
