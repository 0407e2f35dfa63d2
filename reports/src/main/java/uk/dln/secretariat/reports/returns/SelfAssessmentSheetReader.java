package uk.dln.secretariat.reports.returns;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import uk.dln.secretariat.model.returns.ReturnProblem;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoundReturn;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.pdf.LibreOffice;

/**
 * Reads a return's self-assessment sheet back, checking the file only (as {@link ReturnWorkbookReader} does for the
 * other sheets): a level outside the scale, Not applicable without a reason, a date that does not exist, an edited
 * id, a formula or moved columns are each refused with the sheet, row and column. A return issued with no open round
 * has no such sheet: its reading is empty, not refused.
 */
public final class SelfAssessmentSheetReader {

    private static final DateTimeFormatter[] DATE_FORMS = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
    };

    /** What the sheet said; {@code round} is empty when the return has no self-assessment sheet. */
    public record Reading(Optional<RoundReturn> round, List<ReturnProblem> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }
    }

    private final Texts texts;
    private final DataFormatter formatter = new DataFormatter();

    public SelfAssessmentSheetReader(Texts texts) {
        this.texts = texts;
    }

    /** Reads the sheet of an Excel workbook or, converted as the rest of the return is, an .ods one. */
    public Reading read(Path file) {
        if (OpenDocumentReturn.isSpreadsheet(file)) {
            return OpenDocumentReturn.read(file, LibreOffice.locate(), this::read,
                    problem -> new Reading(Optional.empty(), List.of(problem)));
        }
        return read(file, file);
    }

    /** @param sent the file as the department sent it, which problems name */
    private Reading read(Path file, Path sent) {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook);
        } catch (EncryptedDocumentException e) {
            return new Reading(Optional.empty(), List.of(ReturnProblem.ofFile("returns.error.password",
                    sent.getFileName())));
        } catch (Exception | OutOfMemoryError e) {
            return new Reading(Optional.empty(), List.of(ReturnProblem.ofFile("returns.error.notWorkbook",
                    sent.getFileName())));
        }
    }

    private Reading read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(SelfAssessmentSheetWriter.SHEET);
        Sheet identity = workbook.getSheet(SelfAssessmentSheetWriter.ROUND_SHEET);
        if (sheet == null && identity == null) {
            return new Reading(Optional.empty(), List.of());
        }
        var problems = new ArrayList<ReturnProblem>();
        String sheetName = SelfAssessmentSheetWriter.SHEET;
        if (sheet == null) {
            return new Reading(Optional.empty(), List.of(ReturnProblem.at(sheetName, 0, "",
                    "returns.error.sheetMissing", sheetName)));
        }
        long roundId = roundId(identity);
        if (roundId <= 0) {
            return new Reading(Optional.empty(), List.of(ReturnProblem.ofFile("returns.error.notReturn")));
        }
        Row codes = sheet.getRow(ReturnLayout.CODE_ROW);
        for (int c = 0; c < SelfAssessmentSheetWriter.CODES.size(); c++) {
            if (codes == null || !SelfAssessmentSheetWriter.CODES.get(c).equals(text(codes, c))) {
                return new Reading(Optional.empty(), List.of(ReturnProblem.at(sheetName,
                        ReturnLayout.LABEL_ROW + 1, letter(c), "returns.error.columns")));
            }
        }
        if (sheet.getLastRowNum() - ReturnLayout.FIRST_RECORD_ROW + 1 > ReturnLayout.MAX_RECORDS) {
            return new Reading(Optional.empty(), List.of(ReturnProblem.at(sheetName, 0, "",
                    "returns.error.tooManyRows", sheet.getLastRowNum() - ReturnLayout.FIRST_RECORD_ROW + 1,
                    ReturnLayout.MAX_RECORDS)));
        }
        var lines = new ArrayList<RoundReturn.Line>();
        for (int r = ReturnLayout.FIRST_RECORD_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            var line = line(row, problems);
            if (line != null) {
                lines.add(line);
            }
        }
        return new Reading(Optional.of(new RoundReturn(roundId, value(identity, "name"), null, lines)), problems);
    }

    private RoundReturn.Line line(Row row, List<ReturnProblem> problems) {
        int before = problems.size();
        for (int c = 0; c < SelfAssessmentSheetWriter.CODES.size(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                problems.add(at(row, c, "returns.error.formula", cell.getCellFormula()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(text(row, 0));
        } catch (NumberFormatException e) {
            problems.add(at(row, 0, "returns.error.id", text(row, 0)));
            return null;
        }
        String levelText = text(row, SelfAssessmentSheetWriter.LEVEL);
        String reason = text(row, 5);
        MaturityLevel level = null;
        if (!levelText.isEmpty()) {
            level = level(levelText);
            if (level == null) {
                problems.add(at(row, SelfAssessmentSheetWriter.LEVEL, "toolkit.return.error.level", levelText));
            } else if (level == MaturityLevel.NOT_APPLICABLE && reason.isEmpty()) {
                problems.add(at(row, 5, "toolkit.return.error.reason"));
            }
        }
        LocalDate target = date(row, SelfAssessmentSheetWriter.TARGET, problems);
        return new RoundReturn.Line(id, text(row, 1), text(row, 2), text(row, 3), level, reason, text(row, 6),
                text(row, 7), text(row, 8), target);
    }

    /**
     * A level by the name the drop-down offers, or as a person types it: 1 to 4, the scale's names, N/A. The names
     * in every document language are known, since the return may have been issued in another one than is set now.
     */
    private MaturityLevel level(String text) {
        for (MaturityLevel level : MaturityLevel.values()) {
            if (texts.inEveryLanguage(level.messageKey()).stream().anyMatch(name -> name.equalsIgnoreCase(text))) {
                return level;
            }
        }
        return MaturityLevel.parse(text).orElse(null);
    }

    private LocalDate date(Row row, int column, List<ReturnProblem> problems) {
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
        problems.add(at(row, column, "returns.error.notDate", text));
        return null;
    }

    private boolean blank(Row row) {
        for (int c = 0; c < SelfAssessmentSheetWriter.CODES.size(); c++) {
            if (!text(row, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private long roundId(Sheet identity) {
        if (identity == null || !SelfAssessmentSheetWriter.FORMAT.equals(value(identity, "format"))) {
            return 0;
        }
        try {
            return Long.parseLong(value(identity, "round"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String value(Sheet identity, String key) {
        for (Row row : identity) {
            if (key.equals(text(row, 0))) {
                return text(row, 1);
            }
        }
        return "";
    }

    private String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static ReturnProblem at(Row row, int column, String key, Object... arguments) {
        return ReturnProblem.at(SelfAssessmentSheetWriter.SHEET, row.getRowNum() + 1, letter(column), key,
                arguments);
    }

    private static String letter(int column) {
        return String.valueOf((char) ('A' + column)).toUpperCase(Locale.ROOT);
    }
}
