package uk.dln.secretariat.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.directory.DeclarationRepository;
import uk.dln.secretariat.persistence.directory.LeaderRepository;
import uk.dln.secretariat.persistence.directory.MembershipRepository;
import uk.dln.secretariat.persistence.audit.AuditRepository;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;
import uk.dln.secretariat.persistence.backup.BackupSettings;
import uk.dln.secretariat.persistence.backup.WorkspaceBackups;
import uk.dln.secretariat.persistence.directory.OrganisationRepository;
import uk.dln.secretariat.persistence.home.HomeRepository;
import uk.dln.secretariat.persistence.roadmaps.Roadmaps;
import uk.dln.secretariat.persistence.settings.SettingsRepository;
import uk.dln.secretariat.persistence.toolkit.RoleCheckRepository;
import uk.dln.secretariat.persistence.toolkit.SelfAssessmentRepository;
import uk.dln.secretariat.persistence.actions.ActionRepository;
import uk.dln.secretariat.persistence.meetings.AgendaRepository;
import uk.dln.secretariat.persistence.meetings.AttendanceRepository;
import uk.dln.secretariat.persistence.meetings.MeetingRepository;
import uk.dln.secretariat.persistence.meetings.PaperFileRepository;
import uk.dln.secretariat.persistence.returns.ReturnRepository;

/**
 * One open workspace file and the repositories over it. All repositories share one {@link DSLContext}, built here
 * once and never changed. Opening refuses, without writing a byte, a file that is not a workspace, is damaged, or
 * whose schema is newer than this version of the app. Only one copy of the app at a time may change a workspace;
 * another opens it read only (decision 0008).
 */
public final class Workspace implements OpenWorkspace {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path file;
    private final HikariDataSource connections;
    private final DSLContext dsl;
    private final StatementCounter statements = new StatementCounter();
    private final WorkspaceLock lock;
    private final Problem readOnlyReason;
    private final List<Problem> warnings = new ArrayList<>();
    private final WorkspaceBackups backups;
    private final WorkspaceData data;

    /**
     * @param lock           the right to change the file; null when read only
     * @param readOnlyReason why it is read only; null when open for changes
     */
    Workspace(Path file, HikariDataSource connections, Clock clock, WorkspaceLock lock, Problem readOnlyReason) {
        this.file = file;
        this.connections = connections;
        DataSource dataSource = connections;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.dsl = WorkspaceContext.create(file, dataSource, clock, readOnlyReason, statements);
        this.backups = new WorkspaceBackups(file, dataSource, clock);
        this.data = new WorkspaceData(dsl, clock, readOnlyReason != null);
    }

    /**
     * Opens the file, creating it (and its folder) if it does not exist, and brings its schema up to date, backing
     * it up first. When another copy of Secretariat has it open, it opens read only: see {@link #isReadOnly()}. A
     * restore that was interrupted beside it is first finished or undone, and {@link #warnings()} says which. The
     * file is found through any symbolic link, so every path to it shares one lock.
     *
     * @throws SecretariatException with a message for the user when the file cannot be used
     */
    public static Workspace open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that stamps changes and names backups (tests fix it). */
    public static Workspace open(Path file, Clock clock) {
        return open(file, clock, config -> { });
    }

    /**
     * As {@link #open(Path, Clock)}, but commits without waiting for the disk (SQLite {@code synchronous=OFF}), for
     * generating large volumes of test data through the repositories: every rule, constraint and audit trigger still
     * runs, only a crash part way through could lose the latest changes. Never for a workspace holding real records.
     */
    public static Workspace openForBulkLoad(Path file, Clock clock) {
        return open(file, clock, config -> config.setSynchronous(SQLiteConfig.SynchronousMode.OFF));
    }

    /**
     * As {@link #open(Path)}, but only a workspace that is already there: a missing path, a folder, an empty file
     * or one that is not SQLite's is refused, never created. For every command but {@code init} and the window's
     * New, so that a mistyped path cannot leave a new, empty workspace behind.
     */
    public static Workspace openExisting(Path file) {
        Path real = WorkspaceFiles.real(file);
        WorkspaceInspector.requireWorkspaceFile(real);
        return WorkspaceOpener.open(real, Clock.systemDefaultZone(), config -> { });
    }

    /** For tests that need SQLite configured oddly, e.g. a tiny maximum size to play a full disk. */
    static Workspace open(Path file, Clock clock, Consumer<SQLiteConfig> tuning) {
        Objects.requireNonNull(file, "file");
        return WorkspaceOpener.open(WorkspaceFiles.real(file), clock, tuning);
    }

    /**
     * Reads the file's health, SQLite's full integrity check among it, without changing or creating anything: no
     * lock file, no log. So it works on a read-only file, folder or disk, and on a full one. A missing path, a
     * folder or an empty file is refused.
     */
    public static WorkspaceHealth check(Path file) {
        Path real = WorkspaceFiles.real(file);
        WorkspaceInspector.requireWorkspaceFile(real);
        return WorkspaceFiles.withoutWriting(real, readOnly -> WorkspaceInspector.check(real, readOnly));
    }

    /** The backups of a workspace that need not be open (to list them, or to restore one). */
    public static WorkspaceBackups backupsOf(Path file) {
        Path real = WorkspaceFiles.real(file);
        return new WorkspaceBackups(real, WorkspaceFile.readOnlyShared(real), Clock.systemDefaultZone());
    }

    /**
     * Backs up a workspace that need not be open; refuses a missing one, and a damaged one (by SQLite's full check),
     * whose copy would be damaged too.
     */
    public static Backup backUp(Path file, Clock clock) {
        Path absolute = WorkspaceFiles.real(file);
        WorkspaceInspector.requireWorkspaceFile(absolute);
        return WorkspaceFiles.whileUnchanged(absolute, readOnly -> {
            WorkspaceInspector.refuseUnusable(absolute, readOnly);
            WorkspaceInspector.requireIntact(absolute, readOnly);
            return new WorkspaceBackups(absolute, readOnly, clock).create(BackupKind.MANUAL);
        });
    }

    /**
     * Puts a backup in the place of a workspace that is not open anywhere, keeping the replaced workspace aside.
     *
     * @param backup a backup file (one of {@link #backupsOf(Path)}, or any workspace copy)
     */
    public static RestoreResult restore(Path file, Path backup, Clock clock) {
        return WorkspaceRestore.restore(WorkspaceFiles.real(file), backup.toAbsolutePath().normalize(), clock);
    }

    /** Whether opening failed because the file is damaged, so restoring a backup is the way forward. */
    public static boolean isDamaged(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SecretariatException known && known.messageKey().equals(WorkspaceErrors.DAMAGED)) {
                return true;
            }
        }
        return false;
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.of(file);
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public String name() {
        return String.valueOf(file.getFileName());
    }

    /** True when another copy of Secretariat has the file open, or this user may not change it. */
    @Override
    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why the workspace is read only, as a message to show; empty when it is open for changes. */
    @Override
    public Optional<Problem> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** Things that went wrong while opening without stopping it, e.g. the day's backup could not be made. */
    @Override
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    void warn(Problem warning) {
        warnings.add(warning);
    }

    /** For tests in this package that check what the shared context does. */
    DSLContext dsl() {
        return dsl;
    }

    /** The workspace's records, for code that needs them and not the file (the same repositories as below). */
    @Override
    public WorkspaceData data() {
        return data;
    }

    public WorkspaceBackups backups() {
        return backups;
    }

    public BackupSettings backupSettings() {
        return data.backupSettings();
    }

    public AuditRepository audit() {
        return data.audit();
    }

    /**
     * How many SQL statements this workspace has run since it was opened. A document or screen reads with a fixed
     * number of them whatever the data's size; tests compare the count across sizes to keep it so.
     */
    public long statementsRun() {
        return statements.count();
    }

    public SettingsRepository settings() {
        return data.settings();
    }

    public OrganisationRepository organisations() {
        return data.organisations();
    }

    public LeaderRepository leaders() {
        return data.leaders();
    }

    public MembershipRepository memberships() {
        return data.memberships();
    }

    public DeclarationRepository declarations() {
        return data.declarations();
    }

    public MeetingRepository meetings() {
        return data.meetings();
    }

    public AgendaRepository agenda() {
        return data.agenda();
    }

    public AttendanceRepository attendance() {
        return data.attendance();
    }

    public PaperFileRepository papers() {
        return data.papers();
    }

    public ActionRepository actions() {
        return data.actions();
    }

    public Roadmaps roadmaps() {
        return data.roadmaps();
    }

    public ReturnRepository returns() {
        return data.returns();
    }

    public SelfAssessmentRepository selfAssessment() {
        return data.selfAssessment();
    }

    public RoleCheckRepository roleChecks() {
        return data.roleChecks();
    }

    /** Where the month stands, for the Home screen. */
    public HomeRepository home() {
        return data.home();
    }

    /** Lets go of the file: another copy of Secretariat may now change it. */
    @Override
    public void close() {
        // Connections first: the last one to close checkpoints the log, before another copy may take the file.
        connections.close();
        if (lock != null) {
            lock.close();
        }
        LOG.info("Closed workspace {}", file);
    }
}
