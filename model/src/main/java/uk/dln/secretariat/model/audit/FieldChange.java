package uk.dln.secretariat.model.audit;

import java.util.Objects;

/**
 * One field of a record, before and after a change, as stored (text, a number, or null for no value).
 *
 * @param field  the stored column name, e.g. {@code short_name}
 * @param before null when the field had no value (always, when the record was created)
 * @param after  null when the field has no value (always, when the record was deleted)
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
