package uk.dln.secretariat.reports.returns;

import static uk.dln.secretariat.reports.returns.ReturnLayout.FIRST_RECORD_ROW;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.ReturnHeader;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.reports.InMemoryDocuments;
import uk.dln.secretariat.reports.PlainTextSharedStrings;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;
import uk.dln.secretariat.reports.returns.ReturnLayout.Column;

/**
 * Writes one organisation's return (decision 0029): an instructions sheet, a sheet each for actions, milestones,
 * indicators and risks with the department's columns unlocked and styled as inputs, validation Excel itself runs,
 * and hidden sheets holding the return's identity and the codes behind every drop-down label. Sheets are protected
 * without a password: guidance against slips, not security.
 */
public final class ReturnWorkbookWriter {

    private static final List<String> INSTRUCTIONS = List.of("returns.workbook.instruction.1",
            "returns.workbook.instruction.2", "returns.workbook.instruction.3", "returns.workbook.instruction.4",
            "returns.workbook.instruction.5", "returns.workbook.instruction.6");

    private final Texts texts;

    public ReturnWorkbookWriter(Texts texts) {
        this.texts = texts;
    }

    public void write(DepartmentalReturn slice, Path file) throws IOException {
        var workbook = PlainTextSharedStrings.newWorkbook();
        try (OutputStream out = Files.newOutputStream(file)) {
            var styles = new Styles(workbook);
            instructions(workbook, slice.header(), styles);
            var lists = lists(workbook);
            sheet(workbook, styles, slice.header(), ReturnLayout.ACTIONS, slice.actions().size(), 0,
                    (row) -> {
                        var a = slice.actions().get(row);
                        return List.of(a.id(), a.version(), a.reference(), a.description(), a.dueOn(),
                                label(a.status().messageKey()), a.latestUpdate(), a.newUpdate());
                    });
            sheet(workbook, styles, slice.header(), ReturnLayout.MILESTONES, slice.milestones().size(), 0,
                    (row) -> {
                        var m = slice.milestones().get(row);
                        return listOf(m.id(), m.version(), m.title(), m.baselineDate(), m.forecastDate(),
                                m.actualDate(), label(m.status().messageKey()), label(m.confidence().messageKey()),
                                m.reason());
                    });
            sheet(workbook, styles, slice.header(), ReturnLayout.INDICATORS, slice.indicators().size(), 0,
                    (row) -> {
                        var i = slice.indicators().get(row);
                        return listOf(i.id(), i.version(), i.name(), i.unit(), i.reading(), i.note());
                    });
            sheet(workbook, styles, slice.header(), ReturnLayout.RISKS, slice.risks().size(),
                    ReturnLayout.NEW_RISK_ROWS, (row) -> {
                        var r = slice.risks().get(row);
                        return listOf(r.id(), r.version(), r.title(), r.owner(), r.likelihood(), r.impact(),
                                r.mitigation(), label(r.status().messageKey()), r.reviewDate());
                    });
            identity(workbook, slice.header());
            workbook.setSheetOrder(lists.getSheetName(), workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            InMemoryDocuments.release(workbook);
        }
    }

    private static List<Object> listOf(Object... values) {
        var list = new ArrayList<Object>();
        for (Object value : values) {
            list.add(value);
        }
        return list;
    }

    private String label(String key) {
        return texts.get(key);
    }

    private void instructions(XSSFWorkbook workbook, ReturnHeader header, Styles styles) {
        XSSFSheet sheet = workbook.createSheet(ReturnLayout.INSTRUCTIONS);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        int row = 0;
        text(sheet.createRow(row++), 0, texts.get("returns.workbook.title", header.organisationName(),
                header.quarter().label()), styles.title);
        row++;
        row = pair(sheet, row, "returns.workbook.marking", header.marking(), styles);
        row = pair(sheet, row, "returns.workbook.organisation", header.organisationName(), styles);
        row = pair(sheet, row, "returns.workbook.deadline", texts.date(header.dueOn()), styles);
        row = pair(sheet, row, "returns.workbook.sendTo", header.sendTo(), styles);
        row = pair(sheet, row, "returns.workbook.issued", texts.date(header.issuedOn()), styles);
        row++;
        for (String key : INSTRUCTIONS) {
            text(sheet.createRow(row++), 1, texts.get(key), styles.wrap);
        }
        // One page wide, as a reader expects a cover sheet to print.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitHeight((short) 0);
        marking(sheet, header);
        sheet.enableLocking();
    }

    private int pair(XSSFSheet sheet, int row, String key, String value, Styles styles) {
        Row r = sheet.createRow(row);
        text(r, 0, texts.get(key), styles.bold);
        text(r, 1, value, styles.wrap);
        return row + 1;
    }

    /** The drop-downs' labels, each beside its stable code; the reader maps a label back through this sheet. */
    private XSSFSheet lists(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet(ReturnLayout.LISTS);
        list(workbook, sheet, 0, "ActionStatus", enumLabels(ActionStatus.values(), ActionStatus::messageKey));
        list(workbook, sheet, 2, "MilestoneStatus",
                enumLabels(MilestoneStatus.values(), MilestoneStatus::messageKey));
        list(workbook, sheet, 4, "Confidence",
                enumLabels(DeliveryConfidence.values(), DeliveryConfidence::messageKey));
        list(workbook, sheet, 6, "RiskStatus", enumLabels(RiskStatus.values(), RiskStatus::messageKey));
        sheet.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        return sheet;
    }

    private <E extends Enum<E>> List<String[]> enumLabels(E[] values, Function<E, String> key) {
        var pairs = new ArrayList<String[]>();
        for (E value : values) {
            pairs.add(new String[] {texts.get(key.apply(value)), value.name()});
        }
        return pairs;
    }

    private static void list(XSSFWorkbook workbook, XSSFSheet sheet, int column, String name, List<String[]> pairs) {
        Row head = row(sheet, 0);
        head.createCell(column).setCellValue(name);
        head.createCell(column + 1).setCellValue(name + ".code");
        for (int i = 0; i < pairs.size(); i++) {
            Row row = row(sheet, i + 1);
            row.createCell(column).setCellValue(pairs.get(i)[0]);
            row.createCell(column + 1).setCellValue(pairs.get(i)[1]);
        }
        var range = workbook.createName();
        range.setNameName(name);
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        range.setRefersToFormula(ReturnLayout.LISTS + "!$" + letter + "$2:$" + letter + "$" + (pairs.size() + 1));
    }

    private static Row row(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private void identity(XSSFWorkbook workbook, ReturnHeader header) {
        XSSFSheet sheet = workbook.createSheet(ReturnLayout.IDENTITY);
        String[][] values = {
            {"format", ReturnLayout.FORMAT},
            {"workspace", header.workspaceId()},
            {"return", header.returnId()},
            {"organisation", XmlText.clean(header.organisation())},
            {"quarter", header.quarter().toString()},
            {"issued", header.issuedOn().toString()},
            {"due", header.dueOn().toString()},
        };
        for (int i = 0; i < values.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(values[i][0]);
            row.createCell(1).setCellValue(values[i][1]);
        }
        sheet.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private void sheet(XSSFWorkbook workbook, Styles styles, ReturnHeader header, String name, int records,
                       int emptyRows, Function<Integer, List<Object>> values) {
        XSSFSheet sheet = workbook.createSheet(name);
        List<Column> columns = ReturnLayout.columnsOf(name);
        Row codes = sheet.createRow(ReturnLayout.CODE_ROW);
        Row labels = sheet.createRow(ReturnLayout.LABEL_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            codes.createCell(c).setCellValue(column.code());
            text(labels, c, texts.get(column.labelKey()), styles.header);
            sheet.setColumnWidth(c, column.width() * 256);
        }
        codes.setZeroHeight(true);
        for (int r = 0; r < records + emptyRows; r++) {
            Row row = sheet.createRow(FIRST_RECORD_ROW + r);
            List<Object> rowValues = r < records ? values.apply(r) : null;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Cell cell = row.createCell(c);
                boolean input = column.editable();
                Object value = rowValues == null ? null : rowValues.get(c);
                if (column.kind() == ReturnLayout.Kind.DATE) {
                    cell.setCellStyle(input ? styles.inputDate : styles.date);
                } else {
                    cell.setCellStyle(input ? styles.input : styles.locked);
                }
                set(cell, value);
            }
        }
        // The id and version: kept, locked and out of the way.
        sheet.setColumnHidden(0, true);
        sheet.setColumnHidden(1, true);
        int last = FIRST_RECORD_ROW + Math.max(records + emptyRows, 1) - 1;
        for (int c = 0; c < columns.size(); c++) {
            validate(sheet, columns.get(c), c, last);
        }
        sheet.createFreezePane(3, FIRST_RECORD_ROW);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitHeight((short) 0);
        marking(sheet, header);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof Long number) {
            cell.setCellValue(number);
        } else {
            // Stored text goes through the XML check: a control character must not break the workbook.
            cell.setCellValue(XmlText.clean(value.toString()));
        }
    }

    private void validate(XSSFSheet sheet, Column column, int c, int last) {
        if (!column.editable()) {
            return;
        }
        var helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = switch (column.kind()) {
            case DATE -> helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "DATE(2000,1,1)", "DATE(2199,12,31)", null);
            case NUMBER -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "-1000000000000", "1000000000000");
            case WHOLE_1_TO_5 -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "1", "5");
            case LIST -> helper.createFormulaListConstraint(column.list());
            case TEXT -> null;
        };
        if (constraint == null) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(FIRST_RECORD_ROW, last, c, c));
        validation.setSuppressDropDownArrow(column.kind() == ReturnLayout.Kind.LIST);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(texts.get("returns.workbook.invalid.title"), texts.get(switch (column.kind()) {
            case DATE -> "returns.workbook.invalid.date";
            case NUMBER -> "returns.workbook.invalid.number";
            case WHOLE_1_TO_5 -> "returns.workbook.invalid.whole";
            default -> "returns.workbook.invalid.list";
        }));
        sheet.addValidationData(validation);
    }

    private void marking(XSSFSheet sheet, ReturnHeader header) {
        String marking = XmlText.clean(header.marking());
        sheet.getHeader().setCenter(marking);
        sheet.getFooter().setCenter(marking);
    }

    private static void text(Row row, int column, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(XmlText.clean(value == null ? "" : value));
        cell.setCellStyle(style);
    }

    /** Input cells are unlocked and look it: pale yellow with a border; the rest stays locked and plain. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle bold;
        final XSSFCellStyle wrap;
        final XSSFCellStyle header;
        final XSSFCellStyle locked;
        final XSSFCellStyle date;
        final XSSFCellStyle input;
        final XSSFCellStyle inputDate;

        Styles(XSSFWorkbook workbook) {
            XSSFFont boldFont = workbook.createFont();
            boldFont.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(big);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            bold.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF3, (byte) 0xF2, (byte) 0xF1}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = workbook.createCellStyle();
            locked.setWrapText(true);
            locked.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            short dateFormat = workbook.createDataFormat().getFormat("d mmm yyyy");
            date = workbook.createCellStyle();
            date.cloneStyleFrom(locked);
            date.setDataFormat(dateFormat);
            input = workbook.createCellStyle();
            input.cloneStyleFrom(locked);
            input.setLocked(false);
            input.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF7, (byte) 0xBF}, null));
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (XSSFCellStyle s : List.of(input)) {
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            inputDate = workbook.createCellStyle();
            inputDate.cloneStyleFrom(input);
            inputDate.setDataFormat(dateFormat);
        }
    }
}
