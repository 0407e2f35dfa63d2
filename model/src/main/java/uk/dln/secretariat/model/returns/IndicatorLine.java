package uk.dln.secretariat.model.returns;

import java.math.BigDecimal;

/**
 * An indicator with a column for this quarter's reading.
 *
 * @param reading the quarter's reading; null while there is none
 */
public record IndicatorLine(long id, String version, String name, String unit, BigDecimal reading, String note) {

    public IndicatorLine {
        note = note == null ? "" : note.strip();
    }
}
