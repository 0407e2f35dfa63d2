package uk.dln.secretariat.reports.boardpack;

import java.math.BigDecimal;

/** Numbers as a reader writes them: no trailing zeros, with the unit after. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String withUnit(BigDecimal value, String unit) {
        if (unit.isEmpty()) {
            return plain(value);
        }
        return unit.equals("%") ? plain(value) + unit : plain(value) + " " + unit;
    }
}
