package uk.dln.secretariat.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sqlite.SQLiteConfig;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.persistence.Workspace;

/**
 * A period's milestones through the repository against the same two queries and the same records built with bare
 * JDBC (the floor); and the lists the directory and roadmap screens load, at decade scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryBenchmark {

    private static final String MILESTONES = "SELECT id, roadmap_id, title, description, owner, baseline_date,"
            + " forecast_date, actual_date, status, confidence FROM milestone WHERE roadmap_id IN"
            + " (SELECT id FROM roadmap WHERE period_id = ?) ORDER BY forecast_date, title";
    private static final String DEPENDENCIES = "SELECT milestone_id, depends_on_id FROM milestone_dependency"
            + " WHERE milestone_id IN (SELECT id FROM milestone WHERE roadmap_id IN"
            + " (SELECT id FROM roadmap WHERE period_id = ?))";

    private Path file;
    private Workspace workspace;
    private Connection jdbc;
    private long periodId;

    @Setup
    public void open() throws Exception {
        file = Decade.freshCopy("1");
        workspace = Workspace.open(file);
        jdbc = DriverManager.getConnection("jdbc:sqlite:" + file);
        periodId = workspace.roadmaps().periods().findAll().stream().filter(p -> p.code().equals("SR2021"))
                .findFirst().orElseThrow().id();
    }

    @TearDown
    public void close() throws Exception {
        jdbc.close();
        workspace.close();
        Decade.deleteFolderOf(file);
    }

    @Benchmark
    public List<Milestone> milestonesByRepository() {
        return workspace.roadmaps().milestones().findByPeriod(periodId);
    }

    @Benchmark
    public List<Milestone> milestonesByBareJdbc() throws SQLException {
        return milestones(jdbc);
    }

    /** The floor again, opening a connection for the query as the workspace's connection provider does. */
    @Benchmark
    public List<Milestone> milestonesByBareJdbcOnANewConnection() throws SQLException {
        try (Connection connection = newConnection()) {
            return milestones(connection);
        }
    }

    /** What opening one connection costs, with the settings the workspace gives each (WAL, FULL sync, keys). */
    @Benchmark
    public Connection connectionOpenAndClose() throws SQLException {
        try (Connection connection = newConnection()) {
            return connection;
        }
    }

    private Connection newConnection() throws SQLException {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private List<Milestone> milestones(Connection jdbc) throws SQLException {
        Map<Long, Set<Long>> dependencies = new HashMap<>();
        try (var statement = jdbc.prepareStatement(DEPENDENCIES)) {
            statement.setLong(1, periodId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    dependencies.computeIfAbsent(rows.getLong(1), k -> new HashSet<>()).add(rows.getLong(2));
                }
            }
        }
        var milestones = new ArrayList<Milestone>();
        try (var statement = jdbc.prepareStatement(MILESTONES)) {
            statement.setLong(1, periodId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String actual = rows.getString(8);
                    milestones.add(new Milestone(id, rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), java.time.LocalDate.parse(rows.getString(6)),
                            java.time.LocalDate.parse(rows.getString(7)),
                            actual == null ? null : java.time.LocalDate.parse(actual),
                            MilestoneStatus.valueOf(rows.getString(9)), DeliveryConfidence.valueOf(rows.getString(10)),
                            dependencies.getOrDefault(id, Set.of())));
                }
            }
        }
        return milestones;
    }

    @Benchmark
    public List<Organisation> directoryOrganisations() {
        return workspace.organisations().findAll();
    }

    @Benchmark
    public List<CurrentRole> directoryLeadersWithRoles() {
        return workspace.leaders().findAllWithRoleOn(Decade.LAST_DAY);
    }

    /** A meeting's matters arising: the live actions due by a day, out of the decade's 20,000. */
    @Benchmark
    public List<ActionSummary> actionsOpenAndDue() {
        return workspace.actions().openDueBy(Decade.LAST_DAY);
    }

    @Benchmark
    public List<OrganisationRoadmap> roadmapOverview() {
        return workspace.roadmaps().overview(periodId);
    }
}
