package uk.dln.secretariat.reports.returns;

import static uk.dln.secretariat.reports.returns.ReturnLayout.FIRST_RECORD_ROW;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.returns.ActionLine;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.IndicatorLine;
import uk.dln.secretariat.model.returns.MilestoneLine;
import uk.dln.secretariat.model.returns.ReturnHeader;
import uk.dln.secretariat.model.returns.ReturnProblem;
import uk.dln.secretariat.model.returns.RiskLine;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.reports.returns.ReturnLayout.Column;

/**
 * Reads a return workbook back into model records, or says for each thing wrong the sheet, row and column and what
 * is wrong. Labels in drop-down columns are mapped back to codes through the workbook's own hidden list, so a return
 * issued before a label changed still reads. It checks the file only: whether the ids belong to the return, and
 * whether the records changed since, is for the caller, who has the workspace.
 */
public final class ReturnWorkbookReader {

    private static final DateTimeFormatter[] DATE_FORMS = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
    };

    public ReturnReading read(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            return new SheetsReader(workbook).read();
        } catch (EncryptedDocumentException e) {
            return refused(ReturnProblem.ofFile("returns.error.password", file.getFileName()));
        } catch (Exception | OutOfMemoryError e) {
            // Not a workbook, or a damaged one: POI says so in many ways, none the user can act on but this.
            return refused(ReturnProblem.ofFile("returns.error.notWorkbook", file.getFileName()));
        }
    }

    private static ReturnReading refused(ReturnProblem problem) {
        return new ReturnReading(null, List.of(problem));
    }

    /** One workbook's reading: gathers every problem rather than stopping at the first. */
    private static final class SheetsReader {
        private final Workbook workbook;
        private final List<ReturnProblem> problems = new ArrayList<>();
        private final DataFormatter formatter = new DataFormatter();
        private final Map<String, Map<String, String>> lists = new HashMap<>();

        SheetsReader(Workbook workbook) {
            this.workbook = workbook;
        }

        ReturnReading read() {
            Map<String, String> identity = identity();
            if (identity == null || !ReturnLayout.FORMAT.equals(identity.get("format"))) {
                return refused(ReturnProblem.ofFile("returns.error.notReturn"));
            }
            readLists();
            ReturnHeader header;
            try {
                header = new ReturnHeader(identity.get("workspace"), identity.get("return"),
                        identity.get("organisation"), identity.get("organisation"),
                        LocalDate.parse(identity.get("issued")), LocalDate.parse(identity.get("due")),
                        Quarter.parse(identity.get("quarter")), "", "");
            } catch (RuntimeException e) {
                return refused(ReturnProblem.ofFile("returns.error.notReturn"));
            }
            var actions = new ArrayList<ActionLine>();
            var milestones = new ArrayList<MilestoneLine>();
            var indicators = new ArrayList<IndicatorLine>();
            var risks = new ArrayList<RiskLine>();
            rows(ReturnLayout.ACTIONS, row -> actions.add(new ActionLine(row.id(), row.text(1), row.text(2),
                    row.text(3), row.date(4), row.code(5, ActionStatus.class), row.text(6), row.text(7))));
            rows(ReturnLayout.MILESTONES, row -> milestones.add(new MilestoneLine(row.id(), row.text(1),
                    row.text(2), row.date(3), row.date(4), row.date(5), row.code(6, MilestoneStatus.class),
                    row.code(7, DeliveryConfidence.class), row.text(8))));
            rows(ReturnLayout.INDICATORS, row -> indicators.add(new IndicatorLine(row.id(), row.text(1),
                    row.text(2), row.text(3), row.number(4), row.text(5))));
            rows(ReturnLayout.RISKS, row -> {
                if (row.id() == 0 && row.isBlankFrom(2)) {
                    return;
                }
                risks.add(new RiskLine(row.id(), row.text(1), row.text(2), row.text(3), row.whole(4),
                        row.whole(5), row.text(6), row.code(7, RiskStatus.class), row.date(8)));
            });
            if (!problems.isEmpty()) {
                return new ReturnReading(null, problems);
            }
            return new ReturnReading(new DepartmentalReturn(header, actions, milestones, indicators, risks),
                    List.of());
        }

        private Map<String, String> identity() {
            Sheet sheet = workbook.getSheet(ReturnLayout.IDENTITY);
            if (sheet == null) {
                return null;
            }
            var values = new HashMap<String, String>();
            for (Row row : sheet) {
                values.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
            }
            return values;
        }

        /** Label to code for each drop-down, as this workbook wrote them. */
        private void readLists() {
            Sheet sheet = workbook.getSheet(ReturnLayout.LISTS);
            if (sheet == null || sheet.getRow(0) == null) {
                return;
            }
            Row head = sheet.getRow(0);
            for (int c = 0; c < head.getLastCellNum(); c += 2) {
                String name = formatter.formatCellValue(head.getCell(c));
                var map = new HashMap<String, String>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row != null && row.getCell(c) != null) {
                        map.put(formatter.formatCellValue(row.getCell(c)).strip(),
                                formatter.formatCellValue(row.getCell(c + 1)).strip());
                    }
                }
                lists.put(name, map);
            }
        }

        private void rows(String name, java.util.function.Consumer<RowReader> each) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                problems.add(ReturnProblem.at(name, 0, "", "returns.error.sheetMissing", name));
                return;
            }
            List<Column> columns = ReturnLayout.columnsOf(name);
            Row codes = sheet.getRow(ReturnLayout.CODE_ROW);
            for (int c = 0; c < columns.size(); c++) {
                String found = codes == null ? "" : formatter.formatCellValue(codes.getCell(c));
                if (!columns.get(c).code().equals(found)) {
                    problems.add(ReturnProblem.at(name, ReturnLayout.LABEL_ROW + 1, letter(c),
                            "returns.error.columns"));
                    return;
                }
            }
            if (sheet.getLastRowNum() - FIRST_RECORD_ROW + 1 > ReturnLayout.MAX_RECORDS) {
                problems.add(ReturnProblem.at(name, 0, "", "returns.error.tooManyRows",
                        sheet.getLastRowNum() - FIRST_RECORD_ROW + 1, ReturnLayout.MAX_RECORDS));
                return;
            }
            for (int r = FIRST_RECORD_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                var reader = new RowReader(name, row, columns);
                if (reader.isBlankFrom(0)) {
                    continue;
                }
                int before = problems.size();
                reader.checkNoFormulas();
                if (problems.size() == before) {
                    each.accept(reader);
                }
            }
        }

        private static String letter(int column) {
            return CellReference.convertNumToColString(column);
        }

        /** One row's cells, read by column, each problem noted where it is. */
        private final class RowReader {
            private final String sheet;
            private final Row row;
            private final List<Column> columns;

            RowReader(String sheet, Row row, List<Column> columns) {
                this.sheet = sheet;
                this.row = row;
                this.columns = columns;
            }

            private void problem(int column, String key, Object... arguments) {
                problems.add(ReturnProblem.at(sheet, row.getRowNum() + 1, letter(column), key, arguments));
            }

            boolean isBlankFrom(int first) {
                for (int c = first; c < columns.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() != CellType.BLANK
                            && !formatter.formatCellValue(cell).isBlank()) {
                        return false;
                    }
                }
                return true;
            }

            void checkNoFormulas() {
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        problem(c, "returns.error.formula", cell.getCellFormula());
                    }
                }
            }

            long id() {
                String text = text(0);
                if (text.isEmpty()) {
                    if (!sheet.equals(ReturnLayout.RISKS)) {
                        problem(0, "returns.error.id", text);
                    }
                    return 0;
                }
                try {
                    long id = Long.parseLong(text);
                    if (id <= 0) {
                        problem(0, "returns.error.id", text);
                    }
                    return id;
                } catch (NumberFormatException e) {
                    problem(0, "returns.error.id", text);
                    return 0;
                }
            }

            String text(int column) {
                Cell cell = row.getCell(column);
                if (cell == null) {
                    return "";
                }
                if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                    return NumberToTextConverter.toText(cell.getNumericCellValue());
                }
                return formatter.formatCellValue(cell).strip();
            }

            LocalDate date(int column) {
                Cell cell = row.getCell(column);
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    return null;
                }
                if (cell.getCellType() == CellType.NUMERIC) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
                String text = formatter.formatCellValue(cell).strip();
                if (text.isEmpty()) {
                    return null;
                }
                for (DateTimeFormatter form : DATE_FORMS) {
                    try {
                        return LocalDate.parse(text, form);
                    } catch (DateTimeParseException e) {
                        // Try the next form.
                    }
                }
                problem(column, "returns.error.notDate", text);
                return null;
            }

            BigDecimal number(int column) {
                Cell cell = row.getCell(column);
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    return null;
                }
                if (cell.getCellType() == CellType.NUMERIC) {
                    return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
                }
                String text = formatter.formatCellValue(cell).strip();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return new BigDecimal(text.replace(",", ""));
                } catch (NumberFormatException e) {
                    problem(column, "returns.error.notNumber", text);
                    return null;
                }
            }

            int whole(int column) {
                BigDecimal value = number(column);
                if (value == null) {
                    problem(column, "returns.error.required");
                    return 0;
                }
                try {
                    int whole = value.intValueExact();
                    if (whole < 1 || whole > 5) {
                        problem(column, "returns.error.scale", value.toPlainString());
                    }
                    return whole;
                } catch (ArithmeticException e) {
                    problem(column, "returns.error.scale", value.toPlainString());
                    return 0;
                }
            }

            <E extends Enum<E>> E code(int column, Class<E> type) {
                String label = text(column);
                String list = columns.get(column).list();
                String code = lists.getOrDefault(list, Map.of()).get(label);
                for (E value : type.getEnumConstants()) {
                    if (value.name().equals(code) || value.name().equals(label)) {
                        return value;
                    }
                }
                problem(column, label.isEmpty() ? "returns.error.required" : "returns.error.notInList", label);
                return null;
            }
        }
    }
}
