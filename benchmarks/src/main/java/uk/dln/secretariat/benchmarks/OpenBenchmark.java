package uk.dln.secretariat.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Opening the decade workspace: the first open of the day, which also backs the file up (VACUUM INTO), and a later
 * open the same day, which does not. Each open is on its own fresh copy, so no run sees another's backups.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class OpenBenchmark {

    private Path fresh;
    private Path backedUp;

    @Setup(Level.Invocation)
    public void copy() throws Exception {
        fresh = Decade.freshCopy("1");
        backedUp = Decade.freshCopy("1");
        Workspace.open(backedUp).close();
    }

    @TearDown(Level.Invocation)
    public void delete() throws Exception {
        Decade.deleteFolderOf(fresh);
        Decade.deleteFolderOf(backedUp);
    }

    @Benchmark
    public void openFirstOfTheDayWithBackup() {
        Workspace.open(fresh).close();
    }

    @Benchmark
    public void openLaterTheSameDay() {
        Workspace.open(backedUp).close();
    }
}
