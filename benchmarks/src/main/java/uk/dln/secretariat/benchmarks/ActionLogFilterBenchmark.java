package uk.dln.secretariat.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.dln.secretariat.app.actions.ActionFilter;
import uk.dln.secretariat.app.actions.ActionLogViewModel;
import uk.dln.secretariat.app.actions.ActionRow;
import uk.dln.secretariat.app.actions.Choice;
import uk.dln.secretariat.app.actions.SavedView;
import uk.dln.secretariat.app.actions.StatusFilter;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;

/**
 * The action log's filters at decade scale: the decade's actions, read by the repository and put in the tracker's
 * view model as the app does, then one change a person makes (typing a search word, choosing an organisation, a
 * status, overdue only, clearing the filters), timed until the shown list and its count are up to date. The floor is
 * the same predicate run over the same rows by a plain loop into a new list.
 *
 * <p>Only javafx.base is needed: the view model's lists and properties work without the FX toolkit. A listener is
 * attached to the shown list, as the tracker's table is, so the list does the work it does in the app when a change
 * is watched. The table's own response (its selection model, and laying out the visible rows on the next pulse) is
 * not part of these figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ActionLogFilterBenchmark {

    /** A word of the generated action descriptions, typed a letter at a time. */
    private static final String WORD = "legacy";

    @Param({"0.1", "1", "10"})
    public String scale;

    private ActionLogViewModel log;
    private List<ActionRow> rows;
    private Choice organisation;
    private int changes;
    private Preferences node;

    @Setup
    public void load() throws Exception {
        Path file = Decade.freshCopy(scale);
        List<Meeting> meetings;
        try (var workspace = Workspace.open(file)) {
            rows = workspace.actions().log().stream().map(ActionRow::of).toList();
            meetings = workspace.meetings().findAll();
        } finally {
            Decade.deleteFolderOf(file);
        }
        // No workspace is open in the service, so the view model reads nothing itself: the rows come through show.
        var executor = new SameThreadTaskExecutor();
        node = Preferences.userRoot().node("uk/dln/secretariat-bench/" + UUID.randomUUID());
        var workspaces = new WorkspaceService(executor, new UserPreferences(node));
        var lastDay = Clock.fixed(Decade.LAST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        log = new ActionLogViewModel(new WorkspaceTasks(workspaces, executor, null), lastDay);
        log.show(rows, meetings);
        log.shown().addListener((ListChangeListener<ActionRow>) change -> {
            while (change.next()) {
                changes += change.getAddedSize();
            }
        });
        // The organisation with the most actions: the largest list a coordinator would look at.
        organisation = log.organisations().stream().filter(c -> !c.any())
                .max(java.util.Comparator.comparingLong(c -> rows.stream()
                        .filter(r -> r.action().organisationId() == c.id()).count()))
                .orElseThrow();
        System.out.printf("%nscale %s: %d actions, %d organisations; '%s' matches %d, %s%n", scale, rows.size(),
                log.organisations().size() - 1, WORD, floor(filter(0, StatusFilter.ANY, false, WORD)).size(),
                log.countProperty().get());
    }

    /** Every filter cleared, as the tracker opens; the state each change below starts from. */
    @State(Scope.Benchmark)
    public static class Cleared {
        @Setup(Level.Invocation)
        public void clear(ActionLogFilterBenchmark benchmark) {
            benchmark.log.savedViewProperty().set(SavedView.OVERDUE);
            benchmark.log.savedViewProperty().set(SavedView.ALL);
        }
    }

    /** Several filters set: the Overdue view, an organisation and a search word. */
    @State(Scope.Benchmark)
    public static class Filtered {
        @Setup(Level.Invocation)
        public void filter(ActionLogFilterBenchmark benchmark) {
            benchmark.log.savedViewProperty().set(SavedView.ALL);
            benchmark.log.savedViewProperty().set(SavedView.OVERDUE);
            benchmark.log.organisationProperty().set(benchmark.organisation);
            benchmark.log.searchProperty().set(WORD);
        }
    }

    @TearDown
    public void close() throws Exception {
        node.removeNode();
        if (changes == 0) {
            throw new IllegalStateException("The shown list never changed");
        }
    }

    /** Each keystroke of the word, from an empty search box; the figure is per keystroke. */
    @Benchmark
    @OperationsPerInvocation(6)
    public void typeSearchText(Cleared cleared, Blackhole out) {
        for (int length = 1; length <= WORD.length(); length++) {
            log.searchProperty().set(WORD.substring(0, length));
            out.consume(log.countProperty().get());
        }
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public void typeSearchTextFloor(Cleared cleared, Blackhole out) {
        for (int length = 1; length <= WORD.length(); length++) {
            out.consume(floor(filter(0, StatusFilter.ANY, false, WORD.substring(0, length))).size());
        }
    }

    @Benchmark
    public String chooseOrganisation(Cleared cleared) {
        log.organisationProperty().set(organisation);
        return log.countProperty().get();
    }

    @Benchmark
    public List<ActionRow> chooseOrganisationFloor(Cleared cleared) {
        return floor(filter(organisation.id(), StatusFilter.ANY, false, ""));
    }

    /** Every live action (open, in progress or proposed for closure). */
    @Benchmark
    public String chooseStatus(Cleared cleared) {
        log.statusProperty().set(StatusFilter.LIVE);
        return log.countProperty().get();
    }

    @Benchmark
    public List<ActionRow> chooseStatusFloor(Cleared cleared) {
        return floor(filter(0, StatusFilter.LIVE, false, ""));
    }

    @Benchmark
    public String overdueOnly(Cleared cleared) {
        log.overdueOnlyProperty().set(true);
        return log.countProperty().get();
    }

    @Benchmark
    public List<ActionRow> overdueOnlyFloor(Cleared cleared) {
        return floor(filter(0, StatusFilter.ANY, true, ""));
    }

    /** Choosing the saved view "All", which clears every filter at once. */
    @Benchmark
    public String clearFilters(Filtered filtered) {
        log.savedViewProperty().set(SavedView.ALL);
        return log.countProperty().get();
    }

    @Benchmark
    public List<ActionRow> clearFiltersFloor(Filtered filtered) {
        return floor(ActionFilter.NONE);
    }

    private static ActionFilter filter(long organisationId, StatusFilter status, boolean overdue, String text) {
        return new ActionFilter(organisationId, 0, status, overdue, null, null, 0, text);
    }

    private List<ActionRow> floor(ActionFilter filter) {
        Predicate<ActionRow> test = filter.on(Decade.LAST_DAY);
        var kept = new ArrayList<ActionRow>();
        for (ActionRow row : rows) {
            if (test.test(row)) {
                kept.add(row);
            }
        }
        return kept;
    }
}
