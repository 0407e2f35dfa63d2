package uk.dln.secretariat.persistence.support;

import java.math.BigDecimal;
import org.jooq.Converter;

/**
 * Figures (an indicator's baseline, target and readings) are stored as plain decimal text ({@code 12.50}, never
 * {@code 1.25E+1}): exact, with the scale the person typed, and the same in any database.
 */
public final class StoredDecimals {

    private StoredDecimals() {
    }

    public static Converter<String, BigDecimal> plainText() {
        return Converter.ofNullable(String.class, BigDecimal.class, BigDecimal::new, BigDecimal::toPlainString);
    }
}
