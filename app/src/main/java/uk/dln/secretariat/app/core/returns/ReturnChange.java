package uk.dln.secretariat.app.core.returns;

/**
 * One change a return proposes: a field of a record, from what the workspace holds to what the return says.
 *
 * @param field     the column code, e.g. {@code forecast}
 * @param oldValue  the workspace's value as shown
 * @param newValue  the return's value as shown
 * @param value     the return's value as stored (a date, a status, a number, text)
 * @param conflict  the record changed in the workspace after the return was issued: never taken in unasked
 * @param reason    why, when the department said (a moved forecast); empty otherwise
 */
public record ReturnChange(String organisation, Kind kind, long recordId, String record, String field,
                           String oldValue, String newValue, Object value, boolean conflict, String reason) {

    /** What a change is to, in the order the preview groups them. */
    public enum Kind {
        ACTION, MILESTONE, INDICATOR, RISK, NEW_RISK, RATING
    }
}
