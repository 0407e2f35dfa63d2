package uk.dln.secretariat.model.returns;

import java.util.List;

/**
 * Why a return was refused, and where: a sheet, a row and a column as Excel numbers them ("Milestones", 12, "F"),
 * any of which may be empty when the problem is the whole file.
 *
 * @param row        Excel's row number (from 1); 0 when not about a row
 * @param messageKey the bundle key of the message; {@code arguments} fill it in
 */
public record ReturnProblem(String sheet, int row, String column, String messageKey, List<Object> arguments) {

    public ReturnProblem {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        arguments = List.copyOf(arguments);
    }

    public static ReturnProblem ofFile(String messageKey, Object... arguments) {
        return new ReturnProblem("", 0, "", messageKey, List.of(arguments));
    }

    public static ReturnProblem at(String sheet, int row, String column, String messageKey, Object... arguments) {
        return new ReturnProblem(sheet, row, column, messageKey, List.of(arguments));
    }

    /** {@code Milestones!F12}, {@code Milestones!12}, {@code Milestones} or empty. */
    public String place() {
        if (sheet.isEmpty()) {
            return "";
        }
        if (row == 0) {
            return sheet;
        }
        return sheet + "!" + column + row;
    }
}
