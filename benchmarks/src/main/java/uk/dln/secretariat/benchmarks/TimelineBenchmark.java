package uk.dln.secretariat.benchmarks;

import java.nio.file.Path;
import java.util.List;
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
import uk.dln.secretariat.app.roadmaps.TimelineLayout;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.persistence.Workspace;

/**
 * The timeline of every organisation's milestones in a period (the Roadmaps section's Timeline tab, not limited to
 * one organisation): reading the period's roadmaps, and laying out the decade's 2,500 milestones of one period, by
 * years and by quarters. Drawing is on the FX thread and is not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimelineBenchmark {

    private Path file;
    private Workspace workspace;
    private SpendingReviewPeriod period;
    private List<OrganisationRoadmap> overview;

    @Setup
    public void open() throws Exception {
        file = Decade.freshCopy("1");
        workspace = Workspace.open(file);
        period = workspace.roadmaps().periods().findAll().stream().filter(p -> p.code().equals("SR2021"))
                .findFirst().orElseThrow();
        overview = workspace.roadmaps().overview(period.id());
    }

    @TearDown
    public void close() throws Exception {
        workspace.close();
        Decade.deleteFolderOf(file);
    }

    @Benchmark
    public TimelineLayout layoutByYears() {
        return new TimelineLayout(period, overview, TimelineLayout.Zoom.YEARS, Decade.LAST_DAY);
    }

    @Benchmark
    public TimelineLayout layoutByQuarters() {
        return new TimelineLayout(period, overview, TimelineLayout.Zoom.QUARTERS, Decade.LAST_DAY);
    }

    /** What the tab waits for when the period changes: the period's roadmaps read, then laid out. */
    @Benchmark
    public TimelineLayout readAndLayOut() {
        return new TimelineLayout(period, workspace.roadmaps().overview(period.id()), TimelineLayout.Zoom.YEARS,
                Decade.LAST_DAY);
    }
}
