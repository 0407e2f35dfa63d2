package uk.dln.secretariat.reports.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoundReturn;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/**
 * Adds the self-assessment sheet for the open round to a return workbook already written (decision 0029): one row
 * per approach, the level chosen from the scale's names, with the reason, evidence, next step, owner and target
 * date. Like the other sheets, the approach's id and the rating's version sit hidden in columns A and B, and the
 * round the ratings belong to sits in a very hidden sheet, so the reader can tell a stale rating from a new one.
 */
public final class SelfAssessmentSheetWriter {

    static final String SHEET = "Self-assessment";
    static final String ROUND_SHEET = "Round";
    static final String FORMAT = "secretariat-self-assessment-1";
    static final List<String> CODES = List.of("id", "version", "code", "approach", "level", "reason", "evidence",
            "nextStep", "owner", "target");
    private static final List<String> LABELS = List.of("toolkit.return.column.id", "toolkit.return.column.version",
            "toolkit.return.column.code", "toolkit.return.column.approach", "toolkit.return.column.level",
            "toolkit.return.column.reason", "toolkit.return.column.evidence", "toolkit.return.column.nextStep",
            "toolkit.return.column.owner", "toolkit.return.column.target");
    private static final int[] WIDTHS = {6, 10, 6, 44, 18, 30, 50, 36, 20, 14};
    static final int LEVEL = 4;
    static final int TARGET = 9;

    private final Texts texts;

    public SelfAssessmentSheetWriter(Texts texts) {
        this.texts = texts;
    }

    /** Adds the sheet to the workbook in {@code file}, after the other record sheets. */
    public void addTo(Path file, RoundReturn round) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            fill(workbook, sheet, round);
            int risks = workbook.getSheetIndex(ReturnLayout.RISKS);
            workbook.setSheetOrder(SHEET, risks < 0 ? workbook.getNumberOfSheets() - 1 : risks + 1);
            identity(workbook, round);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            // Written beside the file first, so a failure never leaves half a return in its place.
            Path written = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(written)) {
                workbook.write(out);
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The scale's names as the drop-down offers them, in the order of the scale. */
    List<String> levelLabels() {
        return Arrays.stream(MaturityLevel.values()).map(level -> texts.get(level.messageKey())).toList();
    }

    private void fill(XSSFWorkbook workbook, XSSFSheet sheet, RoundReturn round) {
        var styles = new Styles(workbook);
        Row codes = sheet.createRow(ReturnLayout.CODE_ROW);
        Row labels = sheet.createRow(ReturnLayout.LABEL_ROW);
        for (int c = 0; c < CODES.size(); c++) {
            codes.createCell(c).setCellValue(CODES.get(c));
            Cell label = labels.createCell(c);
            label.setCellValue(texts.get(LABELS.get(c)));
            label.setCellStyle(styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        codes.setZeroHeight(true);
        int r = ReturnLayout.FIRST_RECORD_ROW;
        for (RoundReturn.Line line : round.lines()) {
            Row row = sheet.createRow(r++);
            Object[] values = {line.approachId(), line.version(), line.code(), line.title(),
                line.level() == null ? "" : texts.get(line.level().messageKey()), line.notApplicableReason(),
                line.evidence(), line.nextStep(), line.owner(), line.targetOn()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                boolean input = c >= LEVEL;
                cell.setCellStyle(c == TARGET ? styles.inputDate : input ? styles.input : styles.locked);
                Object value = values[c];
                if (value instanceof Long number) {
                    cell.setCellValue(number);
                } else if (value instanceof java.time.LocalDate date) {
                    cell.setCellValue(date);
                } else if (value != null && !value.toString().isEmpty()) {
                    cell.setCellValue(XmlText.clean(value.toString()));
                }
            }
        }
        sheet.setColumnHidden(0, true);
        sheet.setColumnHidden(1, true);
        int last = Math.max(r - 1, ReturnLayout.FIRST_RECORD_ROW);
        var helper = sheet.getDataValidationHelper();
        DataValidation levels = helper.createValidation(
                helper.createExplicitListConstraint(levelLabels().toArray(String[]::new)),
                new CellRangeAddressList(ReturnLayout.FIRST_RECORD_ROW, last, LEVEL, LEVEL));
        levels.setSuppressDropDownArrow(true);
        levels.setShowErrorBox(true);
        levels.setErrorStyle(DataValidation.ErrorStyle.STOP);
        levels.createErrorBox(texts.get("returns.workbook.invalid.title"), texts.get("returns.workbook.invalid.list"));
        sheet.addValidationData(levels);
        DataValidation dates = helper.createValidation(helper.createDateConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2199,12,31)", null),
                new CellRangeAddressList(ReturnLayout.FIRST_RECORD_ROW, last, TARGET, TARGET));
        dates.setShowErrorBox(true);
        dates.createErrorBox(texts.get("returns.workbook.invalid.title"), texts.get("returns.workbook.invalid.date"));
        sheet.addValidationData(dates);
        sheet.createFreezePane(4, ReturnLayout.FIRST_RECORD_ROW);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
    }

    private static void identity(XSSFWorkbook workbook, RoundReturn round) {
        XSSFSheet sheet = workbook.createSheet(ROUND_SHEET);
        String[][] values = {{"format", FORMAT}, {"round", String.valueOf(round.roundId())},
            {"name", XmlText.clean(round.roundName())}};
        for (int i = 0; i < values.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(values[i][0]);
            row.createCell(1).setCellValue(values[i][1]);
        }
        sheet.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The same look as the other sheets: inputs unlocked, pale yellow with a border. */
    private static final class Styles {
        final XSSFCellStyle header;
        final XSSFCellStyle locked;
        final XSSFCellStyle input;
        final XSSFCellStyle inputDate;

        Styles(XSSFWorkbook workbook) {
            var bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF3, (byte) 0xF2, (byte) 0xF1}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = workbook.createCellStyle();
            locked.setWrapText(true);
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            input = workbook.createCellStyle();
            input.cloneStyleFrom(locked);
            input.setLocked(false);
            input.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF7, (byte) 0xBF}, null));
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderBottom(BorderStyle.THIN);
            input.setBorderTop(BorderStyle.THIN);
            input.setBorderLeft(BorderStyle.THIN);
            input.setBorderRight(BorderStyle.THIN);
            inputDate = workbook.createCellStyle();
            inputDate.cloneStyleFrom(input);
            inputDate.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
        }
    }
}
