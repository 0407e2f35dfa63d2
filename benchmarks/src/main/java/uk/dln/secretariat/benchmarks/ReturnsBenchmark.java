package uk.dln.secretariat.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.dln.secretariat.app.core.returns.ReturnIntake;
import uk.dln.secretariat.app.core.returns.ReturnIssuer;
import uk.dln.secretariat.app.core.returns.ReturnPreview;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Departmental returns at the decade's scale, one per organisation with something to report: issuing them all
 * (slices read, workbooks written with styles, validation and protection, each remembered) against bare POI writing
 * the same cells into as many workbooks; and taking them all in (each read, compared, previewed and its changes
 * stored in one transaction) against bare POI reading every cell of the same returned workbooks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReturnsBenchmark {

    /**
     * Returns are issued in the last quarter of SR2021, the decade's last Spending Review period that has begun
     * (its last day, 31 March 2026, falls between SR2021 and SR2025, where no organisation has a roadmap).
     */
    private static final LocalDate ISSUED_ON = LocalDate.of(2025, 2, 14);
    private static final Clock CLOCK = Clock.fixed(ISSUED_ON.atTime(10, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @Param({"1"})
    public String scale;

    private Path issuedWorkspace;
    private Path folder;
    private final List<Path> returned = new ArrayList<>();
    private final List<List<List<List<Object>>>> issuedCells = new ArrayList<>();
    private final List<List<String>> issuedSheetNames = new ArrayList<>();
    private Path working;
    private Workspace workspace;

    /** Issues the returns once into a copy of the decade and fills each in as a coordinator would. */
    @Setup(Level.Trial)
    public void issueAndFillIn() throws Exception {
        issuedWorkspace = Decade.freshCopy(scale);
        folder = issuedWorkspace.resolveSibling("returns");
        List<ReturnIssuer.Issued> issued;
        try (var ws = Workspace.open(issuedWorkspace, CLOCK)) {
            issued = new ReturnIssuer(CLOCK).issue(ws.data(), null, ISSUED_ON.plusWeeks(2), folder);
        }
        Files.createDirectories(folder.resolve("returned"));
        long cells = 0;
        for (var one : issued) {
            Path file = folder.resolve("returned").resolve(one.file().getFileName());
            fillIn(one.file(), file);
            returned.add(file);
            var names = new ArrayList<String>();
            var sheets = new ArrayList<List<List<Object>>>();
            cells += readCells(one.file(), names, sheets);
            issuedSheetNames.add(names);
            issuedCells.add(sheets);
        }
        int changes = 0;
        newWorkingCopy();
        try {
            changes = takeInAll();
        } finally {
            closeWorkingCopy();
        }
        System.out.printf("%nscale %s: %d returns, %d cells issued, %d changes taken in%n", scale, issued.size(),
                cells, changes);
    }

    @TearDown(Level.Trial)
    public void removeAll() throws IOException {
        Decade.deleteFolderOf(issuedWorkspace);
    }

    /** Every take-in starts from the workspace as it was when the returns were issued. */
    @Setup(Level.Invocation)
    public void newWorkingCopy() throws IOException {
        working = Files.copy(issuedWorkspace, issuedWorkspace.resolveSibling("working.secretariat"),
                StandardCopyOption.REPLACE_EXISTING);
        workspace = Workspace.open(working, CLOCK);
    }

    @TearDown(Level.Invocation)
    public void closeWorkingCopy() {
        workspace.close();
    }

    @Benchmark
    public int issueReturns() {
        return new ReturnIssuer(CLOCK).issue(workspace.data(), null, ISSUED_ON.plusWeeks(2),
                working.resolveSibling("issued-again")).size();
    }

    @Benchmark
    public void floorIssueBarePoi() throws IOException {
        Path out = working.resolveSibling("floor");
        Files.createDirectories(out);
        for (int i = 0; i < issuedCells.size(); i++) {
            try (var book = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(out.resolve(i + ".xlsx"))) {
                for (int s = 0; s < issuedCells.get(i).size(); s++) {
                    Sheet sheet = book.createSheet(issuedSheetNames.get(i).get(s));
                    var rows = issuedCells.get(i).get(s);
                    for (int r = 0; r < rows.size(); r++) {
                        Row row = sheet.createRow(r);
                        var values = rows.get(r);
                        for (int c = 0; c < values.size(); c++) {
                            Object value = values.get(c);
                            if (value instanceof Double number) {
                                row.createCell(c).setCellValue(number);
                            } else if (value != null) {
                                row.createCell(c).setCellValue((String) value);
                            }
                        }
                    }
                }
                book.write(stream);
            }
        }
    }

    @Benchmark
    public int takeInReturns() {
        return takeInAll();
    }

    @Benchmark
    public long floorReadBarePoi() throws IOException {
        long cells = 0;
        for (Path file : returned) {
            cells += readCells(file, new ArrayList<>(), new ArrayList<>());
        }
        return cells;
    }

    private int takeInAll() {
        var intake = new ReturnIntake(CLOCK);
        int stored = 0;
        for (Path file : returned) {
            ReturnPreview preview = intake.preview(workspace.data(), file);
            if (preview.isRefused()) {
                throw new IllegalStateException(file + " refused: " + preview.problems());
            }
            stored += intake.takeIn(workspace.data(), preview, ReturnIntake.acceptedByDefault(preview));
        }
        return stored;
    }

    /** Every cell's value, as bare POI reads it: numbers as numbers, everything else as its text. */
    private static long readCells(Path file, List<String> names, List<List<List<Object>>> sheets)
            throws IOException {
        var formatter = new DataFormatter();
        long cells = 0;
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                names.add(sheet.getSheetName());
                var rows = new ArrayList<List<Object>>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    var values = new ArrayList<Object>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            Cell cell = row.getCell(c);
                            if (cell == null) {
                                values.add(null);
                            } else if (cell.getCellType() == CellType.NUMERIC) {
                                values.add(cell.getNumericCellValue());
                                cells++;
                            } else {
                                values.add(formatter.formatCellValue(cell));
                                cells++;
                            }
                        }
                    }
                    rows.add(values);
                }
                sheets.add(rows);
            }
        }
        return cells;
    }

    /**
     * What a coordinator sends back: the first action moved on with an update, the first milestone's forecast a week
     * later with a reason, every indicator's reading for the quarter, and one new risk.
     */
    private static void fillIn(Path issued, Path returned) throws IOException {
        Workbook book;
        try (InputStream in = Files.newInputStream(issued)) {
            book = WorkbookFactory.create(in);
        }
        Sheet actions = book.getSheet("Actions");
        if (actions.getLastRowNum() >= 2) {
            Row row = actions.getRow(2);
            row.getCell(5).setCellValue(row.getCell(5).getStringCellValue().equals("In progress")
                    ? "Proposed for closure" : "In progress");
            row.getCell(7).setCellValue("Supplier engaged; report at the next meeting.");
        }
        Sheet milestones = book.getSheet("Milestones");
        if (milestones.getLastRowNum() >= 2) {
            Row row = milestones.getRow(2);
            LocalDate forecast = row.getCell(4).getLocalDateTimeCellValue().toLocalDate();
            row.getCell(4).setCellValue(forecast.minusDays(7));
            row.getCell(8).setCellValue("Brought forward: the supplier delivered early.");
        }
        Sheet indicators = book.getSheet("Indicators");
        for (int r = 2; r <= indicators.getLastRowNum(); r++) {
            indicators.getRow(r).getCell(4).setCellValue(40 + r);
        }
        Sheet risks = book.getSheet("Risks");
        Row empty = risks.getRow(risks.getLastRowNum());
        empty.getCell(2).setCellValue("Key supplier fails");
        empty.getCell(3).setCellValue("Chief digital officer");
        empty.getCell(4).setCellValue(3);
        empty.getCell(5).setCellValue(4);
        empty.getCell(6).setCellValue("Second supplier on standby");
        empty.getCell(7).setCellValue("Open");
        empty.getCell(8).setCellValue(ISSUED_ON.plusMonths(3));
        try (OutputStream out = Files.newOutputStream(returned)) {
            book.write(out);
        }
        book.close();
    }
}
