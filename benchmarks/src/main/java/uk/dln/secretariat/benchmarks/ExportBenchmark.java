package uk.dln.secretariat.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.export.PackExporter;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.persistence.Workspace;

/**
 * The board pack and trackers (docx + xlsx) as the app exports them, against bare POI writing the same paragraphs,
 * tables, pictures and cells (the floor); at a tenth of the decade, the decade, and ten times it (when generated).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
// Room for the tenfold pack (over 5,000 charts); the heap a decade needs is measured by app-heap.sh.
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ExportBenchmark {

    @Param({"0.1", "1", "10"})
    public String scale;

    private Path file;
    private Workspace workspace;
    private Path folder;
    private PackContents contents;

    @Setup
    public void open() throws Exception {
        file = Decade.freshCopy(scale);
        workspace = Workspace.open(file);
        folder = file.resolveSibling("out");
        Files.createDirectories(folder);
        PackExporter.Result result = export();
        contents = PackContents.read(result.pack(), result.trackers());
        System.out.println("\nscale " + scale + ": " + contents.describe() + "; docx " + Files.size(result.pack())
                + " bytes, xlsx " + Files.size(result.trackers()) + " bytes");
    }

    @TearDown
    public void close() throws Exception {
        workspace.close();
        Decade.deleteFolderOf(file);
    }

    @Benchmark
    public PackExporter.Result packAsExported() {
        return export();
    }

    @Benchmark
    public void floorBarePoi() throws Exception {
        try (OutputStream docx = Files.newOutputStream(folder.resolve("floor.docx"));
             OutputStream xlsx = Files.newOutputStream(folder.resolve("floor.xlsx"))) {
            contents.writeWithBarePoi(docx, xlsx);
        }
    }

    private PackExporter.Result export() {
        return new PackExporter().export(workspace.data(), Decade.LAST_DAY, EnumSet.allOf(PackSection.class), folder,
                Progress.none());
    }
}
